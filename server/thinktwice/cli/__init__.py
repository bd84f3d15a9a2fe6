"""The `thinktwice` command: run the service, check texts, score a labelled set, test the rules."""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path

from ..engine import Engine, default_rules_dir
from ..request import RequestError
from ..pack import PackError
from .rules import add_admin_command, add_rules_commands
from ..service.store import Settings, default_data_dir
from ..vocab import ACCOUNTS, ACTIONS, ROLES

EXIT_OK, EXIT_WARNED, EXIT_ERROR = 0, 1, 2


def _data_dir(args) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def _engine(args) -> tuple[Engine, str]:
    """An engine on the pack the service would use (or --rules-dir's), and where that pack came from.
    PackError when it cannot be loaded."""
    from ..service.rules import choose_pack, describe_origin

    pack, origin, notes = choose_pack(_data_dir(args), args.rules_dir)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return Engine(pack), describe_origin(origin)


def _defaults(args) -> dict:
    data_dir = _data_dir(args)
    return Settings(data_dir).get() if (data_dir / "settings.json").exists() else {}


# -- serve -----------------------------------------------------------------------------------------
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def cmd_serve(args) -> int:
    from ..native.service import client_address, default_port, forget_service, record_service
    from ..native.setup import thinktwice_command
    from ..web import create_app
    from ..web.serving import make_server

    if args.port is None:
        try:
            args.port = default_port()
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
    config = {"RULES_DIR": args.rules_dir}
    if args.host not in LOOPBACK:
        if not args.allow_remote:
            print(f"refusing to listen on {args.host}: the checker only serves this machine (127.0.0.1); "
                  "pass --allow-remote to listen elsewhere", file=sys.stderr)
            return EXIT_ERROR
        hosts = [*LOOPBACK, *([] if args.host in ("0.0.0.0", "::") else [args.host.lower()]),
                 *(h.lower() for h in args.allow_host)]
        config["ALLOWED_HOSTS"] = hosts
        print(f"WARNING: listening on {args.host}, so other machines can reach the checker. Requests still "
              f"need the pairing token and a Host header naming one of: {', '.join(hosts)} (add names with "
              "--allow-host). Post text will cross the network unencrypted.", file=sys.stderr, flush=True)
    if args.data_dir:
        config["DATA_DIR"] = args.data_dir
    if args.audit_retention_days is not None:
        config["AUDIT_RETENTION_DAYS"] = args.audit_retention_days
    if args.update_url:
        config["UPDATE_URL"] = args.update_url
    if args.trusted_key:
        config["TRUSTED_KEYS"] = args.trusted_key
    if args.update_interval:
        config["UPDATE_INTERVAL"] = args.update_interval
    try:
        app = create_app(config)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    engine = app.extensions["thinktwice"]["engine"]
    try:
        server = make_server(app, host=args.host, port=args.port, threads=args.threads, max_waiting=args.max_waiting)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc} (is the checker already "
              "running? --port chooses another port)", file=sys.stderr)
        return EXIT_ERROR
    # Start-up is over: what exists now (the compiled pack, ~150,000 objects, and the libraries) lives
    # as long as the service, and a full collection walking it stalled a check by 40-70 ms.
    gc.freeze()
    data_dir = Path(app.config["DATA_DIR"])
    # The native messaging host reads where the service listens from here (native/service.py).
    record_service(data_dir, client_address(args.host, server.effective_port), os.getpid())
    print(f"ThinkTwice listening on http://{args.host}:{server.effective_port} "
          f"(rules {engine.pack.version}, data in {data_dir}; the extension pairs by itself once "
          f"`{thinktwice_command()} setup` has run, or paste the token from `{thinktwice_command()} token`)",
          flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        forget_service(data_dir, os.getpid())
    return EXIT_OK


# -- setup -----------------------------------------------------------------------------------------
def cmd_setup(args) -> int:
    """Register the native messaging host for the browsers present and start the service at login
    (native/setup.py), or remove all of it."""
    from ..native import setup

    machine = setup.current_machine()
    data_dir = Path(os.path.abspath(_data_dir(args)))
    python, root = Path(sys.executable), setup.package_root()
    command = setup.thinktwice_command()
    try:
        chosen = setup.parse_browser_dirs(args.browser_dir)
        if args.uninstall:
            targets = chosen or setup.every_target(machine, data_dir)
            lines = setup.unregister(machine, python, root, data_dir, targets, not args.no_autostart)
            print("\n".join(lines) or "nothing to remove: ThinkTwice's host and autostart were not installed")
            return EXIT_OK
        targets = chosen or setup.present_targets(machine, data_dir)
        print("\n".join(setup.register(machine, python, root, data_dir, targets, not args.no_autostart)))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if targets:
        names = ", ".join(dict.fromkeys(b.name for b, _ in targets))
        print(f"The ThinkTwice extension now finds, starts and pairs with the checker by itself in: {names}. "
              f"Undo all of this with `{command} setup --uninstall`.")
    else:
        print("No browser found (looked for the settings folders and programs of Chromium, Google Chrome, "
              f"Microsoft Edge, Brave and Firefox). Install or open one, then run `{command} setup` again.")
    return EXIT_OK


# -- token and audit -------------------------------------------------------------------------------
def cmd_token(args) -> int:
    from ..service.pairing import load_or_create_token, new_token

    token = new_token(_data_dir(args)) if args.new else load_or_create_token(_data_dir(args))
    print(token)
    if args.new:
        print("a new token is in effect: paste it into the extension's options again", file=sys.stderr)
    return EXIT_OK


def cmd_audit(args) -> int:
    from ..service.audit import DEFAULT_RETENTION_DAYS, AuditLog

    retention = args.retention_days or DEFAULT_RETENTION_DAYS
    log = AuditLog(_data_dir(args), retention_days=retention)
    if args.audit_command == "clear":
        print(f"removed {log.clear()} audit entries from {log.path}")
        return EXIT_OK
    entries = log.entries()
    if args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(["time", "org", "action", "rules", "severity", "outcome"])
        for e in entries:
            writer.writerow([e["time"], e["org"], e["action"], " ".join(e["rules"]), e["severity"], e["outcome"]])
    else:
        for e in entries:
            print(json.dumps(e, ensure_ascii=False))
    return EXIT_OK


# -- check -----------------------------------------------------------------------------------------
def format_answer(answer: dict, text: str, source: str) -> str:
    """`source` says where the rules came from ("bundled", "installed update", ...)."""
    rules = f"rules {answer['rules_version']}, {source}, {answer['elapsed_ms']} ms"
    if not answer["warnings"]:
        return f"ok: nothing to warn about ({rules})"
    lines = []
    for w in answer["warnings"]:
        where = ", ".join(f"\"{s['text']}\" [{s['start']}-{s['end']}]" for s in w["spans"][:4])
        clause = w["clause"]
        lines += [f"{w['severity'].upper():<8} {w['category']}  ({w['rule']})  {where}",
                  f"         {w['message']}",
                  f"         {clause['policy']} {clause['ref']}: {clause['title']}",
                  f"         -> {w['advice']}"]
    lines.append(f"verdict: {answer['verdict']} ({rules})")
    return "\n".join(lines)


def cmd_rules_explain(args) -> int:
    """Which lexicon or pattern found what, and which [[map]] entry decided each warning."""
    from ..quality.explain import explain

    try:
        engine, source = _engine(args)
    except PackError as exc:
        return _pack_error(exc)
    context = {k: v for k, v in (("org", args.org), ("role", args.role), ("account", args.account)) if v}
    request = {"text": sys.stdin.read() if args.text in (None, "-") else args.text, "action": args.action,
               "context": context}
    if args.replying_to:
        request["replying_to"] = args.replying_to
    try:
        print(explain(engine, request, defaults=_defaults(args)).replace(f"rules {engine.pack.version};",
                                                                         f"rules {engine.pack.version} ({source});", 1))
    except RequestError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _pack_error(exc: PackError) -> int:
    print(f"error: the rule pack cannot be loaded: {exc}", file=sys.stderr)
    return EXIT_ERROR


def cmd_check(args) -> int:
    try:
        engine, source = _engine(args)
    except PackError as exc:
        return _pack_error(exc)
    defaults = _defaults(args)
    if args.batch:
        return _check_batch(engine, defaults)
    if args.text in (None, "-"):
        text = sys.stdin.read()
    else:
        text = args.text
    context = {k: v for k, v in (("org", args.org), ("role", args.role), ("account", args.account),
                                 ("platform", args.platform)) if v}
    request = {"text": text, "action": args.action, "context": context}
    if args.replying_to:
        request["replying_to"] = args.replying_to
    try:
        answer = engine.check(request, defaults=defaults)
    except RequestError as exc:
        if args.json:
            print(json.dumps({"error": {"code": exc.code, "message": exc.message}}))
        else:
            print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(answer, ensure_ascii=False) if args.json else format_answer(answer, text, source))
    return EXIT_WARNED if answer["verdict"] in ("caution", "warning") else EXIT_OK


def _check_batch(engine: Engine, defaults: dict) -> int:
    """One API request per input line, one answer (or error object) per output line, in order."""
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            answer = engine.check(json.loads(line), defaults=defaults)
        except RequestError as exc:
            answer = {"error": {"code": exc.code, "message": exc.message, "line": n}}
        except (ValueError, RecursionError) as exc:
            answer = {"error": {"code": "invalid_json", "message": f"line {n} is not valid JSON: {exc}", "line": n}}
        out.write(json.dumps(answer, ensure_ascii=False) + "\n")
    out.flush()
    return EXIT_OK


# -- eval ------------------------------------------------------------------------------------------
def cmd_eval(args) -> int:
    """A labelled set: recall, false alarms and per-clause results. Plain texts: the share warned for
    each category in one context (--org, --role, --account, --action)."""
    from ..quality import evaluation

    try:
        where = evaluation.parse_where(args.where)
        with open(args.file, encoding="utf-8") as f:
            lines = f.readlines()
        kind = evaluation.kind_of(lines, args.field)
    except (OSError, ValueError) as exc:
        print(f"error: cannot measure {args.file}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    plain_only = [name for name, value in (("--org", args.org), ("--role", args.role), ("--account", args.account),
                                           ("--action", args.action), ("--where", where), ("--show", args.show))
                  if value]
    if kind == "labelled" and plain_only:
        print(f"error: {', '.join(plain_only)} apply to plain texts; each case of a labelled set carries its own "
              "request", file=sys.stderr)
        return EXIT_ERROR
    try:
        engine, source = _engine(args)
    except PackError as exc:
        return _pack_error(exc)
    try:
        if kind == "labelled":
            text = evaluation.report(evaluation.score(engine, lines))
        else:
            context = {"org": args.org, "role": args.role, "account": args.account, "action": args.action}
            text = evaluation.rates_report(evaluation.rates(engine, lines, context, args.field, where, args.show))
    except RequestError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:
        print(f"error: cannot measure {args.file}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"rules {engine.pack.version}, {source}")
    print(text)
    return EXIT_OK


# -- rules -----------------------------------------------------------------------------------------
def cmd_rules_test(args) -> int:
    from ..quality.examples import all_examples

    try:
        # Examples describe ordinary days: no election window is open while they run.
        engine = Engine.from_directory(args.dir or default_rules_dir(), today=lambda: None)
    except PackError as exc:
        return _pack_error(exc)
    results = all_examples(engine)
    from .. import images

    with_logos = [logo for profile in engine.pack.profiles.values() for logo in profile.logos
                  if logo.should_match or logo.should_not_match]
    if with_logos and images.available():
        from ..quality.logo_examples import logo_examples

        results += logo_examples(engine.pack, engine.pictures.logo_dirs)
    elif with_logos:
        print(f"note: the example pictures of {len(with_logos)} logo(s) were not run: this service was installed "
              "without the images extra (pip install 'thinktwice[images]')")
    failed = [r for r in results if not r.passed]
    for r in failed:
        print(f"FAIL {r.where}: {r.text!r}\n     expected {r.expected}, got {r.got}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return EXIT_WARNED if failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thinktwice", description=__doc__)
    parser.add_argument("--rules-dir", help="rule pack directory (default: the pack the service uses: an update "
                                            "installed in the data directory if newer, else the bundled pack)")
    parser.add_argument("--data-dir", help="data directory (default: the per-user data directory)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the local service under waitress")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=None,
                       help="port to listen on (default: THINKTWICE_PORT, else 8377; 0: any free port)")
    serve.add_argument("--threads", type=int, default=4, help="worker threads (default 4)")
    serve.add_argument("--max-waiting", type=int, default=32,
                       help="requests waiting for a thread beyond this get a quick 503 (default 32)")
    serve.add_argument("--allow-remote", action="store_true",
                       help="allow --host to be an address other machines can reach (prints a warning)")
    serve.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                       help="with --allow-remote, another Host header name to answer (repeatable)")
    serve.add_argument("--audit-retention-days", type=int, default=None,
                       help="keep audit entries this many days (default 90)")
    serve.add_argument("--update-url", metavar="URL", help="the published rule feed to check for signed updates")
    serve.add_argument("--trusted-key", action="append", default=[], metavar="PUBLIC",
                       help="a public key (file or text) trusted to sign rule packs (repeatable)")
    serve.add_argument("--update-interval", type=float, default=None, metavar="SECONDS",
                       help="how often to check the feed (default 3600)")
    serve.add_argument("--data-dir", dest="data_dir", default=argparse.SUPPRESS)
    serve.set_defaults(func=cmd_serve)

    setup = sub.add_parser("setup", help="let the extension find, start and pair with the checker by itself: "
                                         "register its native messaging host for the browsers present and "
                                         "start the checker at login (once, after installing)")
    setup.add_argument("--uninstall", action="store_true", help="remove everything setup wrote")
    setup.add_argument("--no-autostart", action="store_true", help="do not start the checker at login (or, with "
                                                                  "--uninstall, leave its autostart alone)")
    setup.add_argument("--browser-dir", action="append", default=[], metavar="KIND=DIR",
                       help="write the host manifest for KIND (chromium, chrome, edge, brave, firefox) into DIR "
                            "instead of the browsers found, e.g. chromium=PROFILE/NativeMessagingHosts for a "
                            "Chromium started with --user-data-dir=PROFILE (repeatable)")
    setup.add_argument("--data-dir", dest="data_dir", default=argparse.SUPPRESS)
    setup.set_defaults(func=cmd_setup)

    token = sub.add_parser("token", help="print the pairing token for the extension (made on first use)")
    token.add_argument("--new", action="store_true", help="replace the token with a new one")
    token.add_argument("--data-dir", dest="data_dir", default=argparse.SUPPRESS)
    token.set_defaults(func=cmd_token)

    audit = sub.add_parser("audit", help="export or clear the audit log of decisions on warnings")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    export = audit_sub.add_parser("export", help="print every entry (JSON lines, or CSV)")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    clear = audit_sub.add_parser("clear", help="delete every entry")
    for p in (export, clear):
        p.add_argument("--retention-days", type=int, default=None,
                       help="drop entries older than this first (default 90)")
        p.add_argument("--data-dir", dest="data_dir", default=argparse.SUPPRESS)
        p.set_defaults(func=cmd_audit)

    check = sub.add_parser("check", help="check a text; exit 1 when it warrants a caution or warning")
    _request_arguments(check)
    check.add_argument("--platform")
    check.add_argument("--json", action="store_true", help="print the API's JSON answer")
    check.add_argument("--batch", action="store_true", help="read one API request per line (JSONL) on stdin")
    check.set_defaults(func=cmd_check)

    ev = sub.add_parser("eval", help="score a labelled JSONL set (recall, false alarms, per clause), or give the "
                                     "share of plain JSONL texts warned for each category")
    ev.add_argument("file", help="a labelled set (lines with request/expect) or plain texts (lines with a text)")
    ev.add_argument("--org", help="plain texts: the organisation (default lancaster-su)")
    ev.add_argument("--role", choices=ROLES, help="plain texts: the role (default volunteer)")
    ev.add_argument("--account", choices=ACCOUNTS, help="plain texts: the account (default official)")
    ev.add_argument("--action", choices=ACTIONS, help="plain texts: the action (default post)")
    ev.add_argument("--field", default="text", metavar="NAME", help="plain texts: the field holding the text")
    ev.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE",
                    help="plain texts: only lines whose FIELD equals VALUE (repeatable)")
    ev.add_argument("--show", type=int, default=0, metavar="N",
                    help="plain texts: print N texts warned for each category, and N warned for nothing "
                         "(first 200 characters)")
    ev.set_defaults(func=cmd_eval)

    rules = sub.add_parser("rules", help="work with rule packs")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    test = rules_sub.add_parser("test", help="run every example of every rule and profile")
    test.add_argument("dir", nargs="?")
    test.set_defaults(func=cmd_rules_test)
    explain = rules_sub.add_parser("explain", help="show which lexicon or pattern found what in a text, and "
                                                   "which [[map]] entry decided each warning (or why none did)")
    _request_arguments(explain)
    explain.set_defaults(func=cmd_rules_explain)
    add_rules_commands(rules_sub)
    add_admin_command(sub)
    return parser


def _request_arguments(parser) -> None:
    parser.add_argument("text", nargs="?", help="the text, or - (default) to read standard input")
    parser.add_argument("--org")
    parser.add_argument("--role", choices=ROLES)
    parser.add_argument("--account", choices=ACCOUNTS)
    parser.add_argument("--action", choices=ACTIONS, default="post")
    parser.add_argument("--replying-to", dest="replying_to")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
