export { startServer, SERVER_NAME, SERVER_VERSION } from "./server.js";
export * from "./protocol.js";
