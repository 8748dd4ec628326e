-- Neovim (0.7+) headless: start `replylint server` with the built-in LSP client, open a
-- draft, wait for diagnostics, write them to a file, apply one code action, write the
-- edited buffer to another file.  Paths come from the environment (see test_e2e_neovim.py).
local draft, out, edited, exe = os.getenv("RL_DRAFT"), os.getenv("RL_OUT"), os.getenv("RL_EDITED"), os.getenv("RL_EXE")
local want_code = os.getenv("RL_ACTION_CODE")
local function finish(lines)
  vim.fn.writefile(lines, out)
  vim.cmd("qall!")
end
vim.cmd("edit " .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
local config = {name = "replylint", cmd = {exe, "server"}, root_dir = vim.fn.fnamemodify(draft, ":h")}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end
local n = tonumber(os.getenv("RL_MIN_DIAGNOSTICS") or "3")
local got = vim.wait(120000, function() return #vim.diagnostic.get(bufnr) >= n end, 100)
local diags = vim.diagnostic.get(bufnr)
table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
local lines = {"waited " .. tostring(got)}
local target
for _, d in ipairs(diags) do
  local lsp = (d.user_data and d.user_data.lsp) or {}
  local code = d.code or lsp.code
  table.insert(lines, string.format("%s\t%d\t%d\t%d\t%d\t%s", code, d.lnum, d.col, d.end_lnum, d.end_col,
                                     (d.message:gsub("\n", " | "))))
  if code == want_code and target == nil then target = {d = d, lsp = lsp, code = code} end
end
if target == nil then
  table.insert(lines, "no diagnostic " .. tostring(want_code))
  return finish(lines)
end
local client = vim.lsp.get_client_by_id(client_id)
local d = target.d
local range = {start = {line = d.lnum, character = d.col}, ["end"] = {line = d.end_lnum, character = d.end_col}}
local lsp_diag = {range = range, message = d.message, source = d.source, code = target.code,
                  severity = d.severity, data = target.lsp.data}
local params = {textDocument = {uri = vim.uri_from_bufnr(bufnr)}, range = range,
                context = {diagnostics = {lsp_diag}}}
local resp = client.request_sync("textDocument/codeAction", params, 30000, bufnr)
local actions = (resp and resp.result) or {}
table.insert(lines, "actions " .. #actions)
if #actions > 0 then
  table.insert(lines, "action\t" .. actions[1].title)
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding or "utf-16")
  vim.fn.writefile(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), edited)
end
-- Hover on the diagnostic: the rule's docs.
local hover = client.request_sync("textDocument/hover",
  {textDocument = {uri = vim.uri_from_bufnr(bufnr)}, position = range.start}, 30000, bufnr)
if hover and hover.result and hover.result.contents then
  local value = hover.result.contents.value or ""
  table.insert(lines, "hover\t" .. (value:match("^[^\n]*") or ""))
end
finish(lines)
