"""The servers the end-to-end tests run: a WSGI app on 127.0.0.1 in a daemon thread, and
the real ThinkTwice service on a data directory of its own."""

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
