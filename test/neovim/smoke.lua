-- A second, independent LSP client: Neovim (0.7+) starts the Tactful language server, opens a
-- template and writes what it received to $TACTFUL_OUT, one line per item:
--   diagnostic <line> <byte column> <end line> <end byte column> <code> <message>
--   action <title>
-- Columns are Neovim's: 0-based bytes, converted from the server's UTF-16 positions.
local out = assert(io.open(os.getenv("TACTFUL_OUT"), "w"))
local function finish(code)
  out:close()
  vim.cmd((code == 0 and "qall!" or ("cquit " .. code)))
end

local published = false
local client_id = vim.lsp.start_client({
  name = "tactful",
  cmd = { os.getenv("TACTFUL_NODE") or "node", os.getenv("TACTFUL_SERVER"), "--stdio" },
  root_dir = os.getenv("TACTFUL_ROOT"),
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      published = true
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not client_id then
  out:write("error could not start the server\n")
  finish(3)
  return
end

vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("TACTFUL_FILE")))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

if not vim.wait(30000, function() return published end, 50) then
  out:write("error no diagnostics were published\n")
  finish(2)
  return
end

local diagnostics = vim.diagnostic.get(bufnr)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diagnostics) do
  out:write(string.format("diagnostic %d %d %d %d %s %s\n", d.lnum, d.col, d.end_lnum, d.end_col, tostring(d.code), (d.message:gsub("\n", " "))))
end

-- The code actions for the first finding, as `:lua vim.lsp.buf.code_action()` would ask.
local first = diagnostics[1]
if first then
  local lsp_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, first.lnum)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = first.lnum, character = 0 }, ["end"] = { line = first.lnum, character = 0 } },
    context = { diagnostics = lsp_diagnostics },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      out:write("action " .. action.title .. "\n")
    end
  end
end
finish(0)
