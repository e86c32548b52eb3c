import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { stopOnBrokenFraming } from "./framing.js";
import { startServer } from "./server.js";

// The transport comes from the command line: --stdio, --node-ipc or --socket=<port>.
const connection = createConnection(ProposedFeatures.all);
if (process.argv.includes("--stdio")) stopOnBrokenFraming(process.stdin);
startServer(connection);
