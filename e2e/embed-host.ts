/**
 * A host page on another origin for the embed tests: a tiny node:http server on 127.0.0.1 whose
 * one page iframes PodPath in embed mode, records what the embed posts (`window.received`),
 * and posts what the test asks (`window.send`), as a docs or training site would.
 */
import { createServer } from 'node:http';

export interface Host {
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

function hostPage(embedUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Training site</title><link rel="icon" href="data:,"></head>
<body style="margin:0;padding:16px;font-family:sans-serif;background:#f1f5f9">
  <h1 style="font-size:20px">Lesson 3: how a pod gets its address</h1>
  <p>Step through the construction, or let this page drive it.</p>
  <iframe id="podpath" title="PodPath: the article's cluster" src="${embedUrl}"
    width="960" height="600" style="border:1px solid #cbd5e1;border-radius:8px;background:white"></iframe>
  <script>
    window.received = [];
    const frame = document.getElementById('podpath');
    window.addEventListener('message', (event) => {
      if (event.source === frame.contentWindow) window.received.push({ origin: event.origin, data: event.data });
    });
    window.send = (message) => frame.contentWindow.postMessage(message, new URL(frame.src).origin);
  </script>
</body>
</html>`;
}

/** Serves the host page at http://127.0.0.1:PORT/, iframing `embedUrl`. */
export async function serveHost(port: number, embedUrl: string): Promise<Host> {
  const server = createServer((req, res) => {
    if (req.url === '/')
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(embedUrl));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/`, origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
