/* global acquireVsCodeApi, document, window */
// The preview page: shows what the extension sends. It runs under a CSP that allows no other
// script, so markup inside a message (already sanitised by the server) cannot run anything.
const vscode = acquireVsCodeApi();
const main = document.getElementById("preview");
window.addEventListener("message", (event) => {
  if (event.data?.type === "update") main.innerHTML = event.data.html;
});
vscode.postMessage({ type: "ready" });
