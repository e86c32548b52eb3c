// @types/nunjucks declares neither the lexer nor the parser nor the node classes, which
// are what a positioned AST is built from. These are the parts of nunjucks 3.2.4 we use.
declare module "nunjucks/src/lexer.js" {
  namespace lexer {
    interface Token {
      type: string;
      value: string | { body: string; flags: string };
      lineno: number;
      colno: number;
    }
    interface Tokenizer {
      index: number;
      nextToken(): Token | null;
    }
  }
  const lexer: {
    lex(src: string, opts?: { trimBlocks?: boolean; lstripBlocks?: boolean }): lexer.Tokenizer;
  };
  export = lexer;
}

declare module "nunjucks/src/nodes.js" {
  namespace nodes {
    /** Every node: a type name, the names of its fields, and a 0-based start position. */
    interface NunjucksNode {
      readonly typename: string;
      readonly fields: readonly string[];
      lineno: number;
      colno: number;
      children?: NunjucksNode[];
      [field: string]: unknown;
    }
  }
  const nodes: Record<string, unknown>;
  export = nodes;
}

declare module "nunjucks/src/parser.js" {
  import type lexer from "nunjucks/src/lexer.js";
  import type nodes from "nunjucks/src/nodes.js";
  const parser: {
    Parser: new (tokens: lexer.Tokenizer) => { parseAsRoot(): nodes.NunjucksNode };
  };
  export = parser;
}
