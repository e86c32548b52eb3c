import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server.js";

// The transport comes from the command line: --stdio, --node-ipc or --socket=<port>.
startServer(createConnection(ProposedFeatures.all));
