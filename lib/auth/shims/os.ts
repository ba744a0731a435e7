// `os` for mailauth in the worker: it only asks hostname() for a default authserv-id (we always
// pass our own) and for SPF's %{r} macro.
export function hostname(): string {
  return 'localhost';
}
export const EOL = '\n';
export default { hostname, EOL };
