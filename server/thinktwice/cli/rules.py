"""`thinktwice rules lint|build|keygen|sign|publish` and `thinktwice admin`: the comms team's commands."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..pack import PackError
from ..release import bundle, publish, signing
from ..quality import lint

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def _rules_dir(args) -> Path:
    from ..engine import default_rules_dir

    return Path(args.dir or args.rules_dir or default_rules_dir())


def cmd_lint(args) -> int:
    problems = lint.lint_pack(_rules_dir(args))
    for p in problems:
        print(p)
    errors = lint.errors(problems)
    print(f"{len(errors)} error(s), {len(problems) - len(errors)} note(s)")
    return EXIT_FAILED if errors else EXIT_OK


def cmd_build(args) -> int:
    root = _rules_dir(args)
    problems = lint.errors(lint.lint_pack(root))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print("error: the pack fails lint; nothing was built", file=sys.stderr)
        return EXIT_FAILED
    from ..release.gate import example_failures
    from ..pack import load_pack

    total, failed = example_failures(load_pack(root))
    if failed:
        for r in failed:
            print(f"FAIL {r.where}: {r.text!r}\n     expected {r.expected}, got {r.got}", file=sys.stderr)
        print(f"error: {len(failed)} of {total} examples fail; nothing was built", file=sys.stderr)
        return EXIT_FAILED
    try:
        data = bundle.build(root, args.version, allow_shrink=args.allow_shrink)
    except PackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"built {out} (version {args.version}, {len(data):,} bytes, {total} examples pass"
          + (", may have fewer profiles, [[map]] entries or rules than the installed pack)" if args.allow_shrink
             else ")"))
    return EXIT_OK


def cmd_keygen(args) -> int:
    try:
        private, public = signing.keygen(args.out, args.name)
    except signing.SigningError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"private key: {private}  (keep it secret and out of the repository)\npublic key:  {public}\n"
          f"give services the public key: thinktwice serve --trusted-key {public}")
    return EXIT_OK


def cmd_sign(args) -> int:
    try:
        bundle.read(Path(args.pack).read_bytes())
        out = signing.sign_file(args.pack, args.key)
    except (OSError, PackError, signing.SigningError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"signed: {out}")
    return EXIT_OK


def cmd_publish(args) -> int:
    try:
        signed = publish.publish(args.pack, args.out, args.key, valid_days=args.valid_days)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"published {signed['latest']['version']} to {args.out} (index valid until {signed['expires']}; "
          "publish again before then to keep the feed fresh)")
    return EXIT_OK


def cmd_admin(args) -> int:
    """The page's address and a one-time code for it; never the token, which would stay in browser history."""
    from ..service.admin_code import LIFETIME_SECONDS, issue
    from ..service.store import default_data_dir

    code = issue(Path(args.data_dir) if args.data_dir else default_data_dir())
    print(f"Open http://127.0.0.1:{args.port}/admin and type this one-time code: {code}\n"
          f"(it works once, within {LIFETIME_SECONDS // 60} minutes; run `thinktwice admin` again for another)")
    return EXIT_OK


def add_rules_commands(rules_sub) -> None:
    lint_p = rules_sub.add_parser("lint", help="check the pack: schema, references, examples both ways, safe patterns")
    lint_p.add_argument("dir", nargs="?")
    lint_p.set_defaults(func=cmd_lint)

    build_p = rules_sub.add_parser("build", help="lint, test and build a versioned one-file pack")
    build_p.add_argument("dir", nargs="?")
    build_p.add_argument("--version", required=True, help="dotted numbers, newer than the last release (2026.12.1)")
    build_p.add_argument("--out", required=True, metavar="PACK")
    build_p.add_argument("--allow-shrink", action="store_true",
                         help="the pack may drop profiles or have fewer [[map]] entries or rules than the pack "
                              "services have (recorded in its manifest; without it they refuse it: pack_shrinks)")
    build_p.set_defaults(func=cmd_build)

    keygen_p = rules_sub.add_parser("keygen", help="make an Ed25519 signing key pair")
    keygen_p.add_argument("--out", required=True, metavar="KEYDIR")
    keygen_p.add_argument("--name", default="comms team", help="who signs with it, shown to users")
    keygen_p.set_defaults(func=cmd_keygen)

    sign_p = rules_sub.add_parser("sign", help="sign a built pack (writes PACK.sig)")
    sign_p.add_argument("pack")
    sign_p.add_argument("--key", required=True, metavar="PRIVATE")
    sign_p.set_defaults(func=cmd_sign)

    publish_p = rules_sub.add_parser("publish", help="put a signed pack and a signed index into a static site")
    publish_p.add_argument("pack")
    publish_p.add_argument("--out", required=True, metavar="SITEDIR")
    publish_p.add_argument("--key", required=True, metavar="PRIVATE", help="signs the index (the same key)")
    publish_p.add_argument("--valid-days", type=int, default=publish.DEFAULT_VALID_DAYS,
                           help=f"days services trust this index (default {publish.DEFAULT_VALID_DAYS})")
    publish_p.set_defaults(func=cmd_publish)


def add_admin_command(sub) -> None:
    admin = sub.add_parser("admin", help="print the address of the comms-team page and a one-time code to pair it")
    admin.add_argument("--port", type=int, default=8377)
    admin.add_argument("--data-dir", dest="data_dir", default=argparse.SUPPRESS)
    admin.set_defaults(func=cmd_admin)
