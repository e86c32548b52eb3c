/**
 * Where a text stops being one JSON value: the offset of the first character that cannot
 * continue it (the text's length when it ends too soon), or undefined when it is JSON or nests too
 * deep to say. Said by
 * Tactful rather than by the JavaScript engine, whose English wording changes between versions.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const stop = (offset: number): never => {
    throw new JsonStop(offset);
  };
  const space = (): void => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const expect = (character: string): void => {
    if (text[at] !== character) stop(at);
    at++;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (at >= text.length) stop(at);
      const character = text[at]!;
      if (character === '"') return void at++;
      if (character < " ") stop(at);
      if (character !== "\\") {
        at++;
        continue;
      }
      const escaped = text[at + 1];
      if (escaped === "u") {
        for (let digit = 2; digit < 6; digit++) if (!/^[0-9A-Fa-f]$/u.test(text[at + digit] ?? "")) stop(Math.min(at + digit, text.length));
        at += 6;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at += 2;
      else stop(at + 1);
    }
  };
  const value = (): void => {
    space();
    const character = text[at];
    if (character === "{" || character === "[") {
      const close = character === "{" ? "}" : "]";
      at++;
      space();
      if (text[at] === close) return void at++;
      for (;;) {
        if (close === "}") {
          space();
          string();
          space();
          expect(":");
        }
        value();
        space();
        if (text[at] === ",") at++;
        else return expect(close);
      }
    }
    if (character === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
    number.lastIndex = at;
    if (number.test(text)) return void (at = number.lastIndex);
    const word = ["true", "false", "null"].find((literal) => literal[0] === character);
    if (!word) stop(at);
    for (const letter of word!) expect(letter);
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (error) {
    if (error instanceof JsonStop) return error.offset;
    // Nesting deeper than the stack: where it goes wrong is not known.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
