"""The servers the end-to-end tests run: a WSGI app on 127.0.0.1 in a daemon thread, and
the real ThinkTwice service on a data directory of its own."""

import mimetypes
import threading


class Served:
    """A WSGI app on 127.0.0.1 in a daemon thread, stopped the way that does not hang
    on Chromium's keep-alive connections."""

    def __init__(self, app, port=0):
        from waitress import create_server

        self.sock_map = {}
        self.server = create_server(app, map=self.sock_map, host="127.0.0.1", port=port, threads=4)
        self.port = self.server.effective_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def stop(self):
        from waitress import wasyncore

        wasyncore.close_all(self.sock_map)
        self.server.task_dispatcher.shutdown()
        self.thread.join(timeout=10)


class CheckCounter:
    """WSGI middleware that counts the POST /v1/check requests the service receives."""

    def __init__(self, app):
        self.app = app
        self.checks = 0
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") == "POST" and environ.get("PATH_INFO") == "/v1/check":
            with self.lock:
                self.checks += 1
        return self.app(environ, start_response)


def start_service(data_dir):
    from thinktwice.web import create_app

    counter = CheckCounter(create_app({"DATA_DIR": str(data_dir)}))
    served = Served(counter)
    served.token = pairing_token(data_dir)
    served.checks = lambda: counter.checks
    return served


def pairing_token(data_dir):
    """The token the service asks the extension for (issue 6); "" from a service without pairing."""
    try:
        from thinktwice.service.pairing import load_or_create_token
    except ImportError:
        return ""
    return load_or_create_token(data_dir)


def static_files(root, suffixes=None, index="index.html"):
    """A WSGI app serving the files under `root` (only those with `suffixes`, when given), uncached."""
    def app(environ, start_response):
        name = environ.get("PATH_INFO", "/").lstrip("/") or index
        path = (root / name).resolve()
        if root not in path.parents or not path.is_file() or (suffixes and path.suffix not in suffixes):
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]
        body = path.read_bytes()
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        start_response("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body))),
                                  ("Cache-Control", "no-store")])
        return [body]
    return app
