// The CommonJS entry: `require("@tactful/eslint-plugin")` returns the plugin itself, as ESLint
// plugins written in CommonJS do. Node.js 20.19 and later load the ES module with require().
import type Plugin from "./index.js" with { "resolution-mode": "import" };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is the CommonJS entry: require() is its only way to load the plugin
const plugin: typeof Plugin = (require("./index.js") as { default: typeof Plugin }).default;
export = plugin;
