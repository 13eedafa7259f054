#!/usr/bin/env python3
"""Proves that no secret a test used is in any log of the test run.

The tests record each secret they use (API keys, passphrases, private key
lines) in <build>/test-logs/secrets-*.txt and keep what the programs they
ran wrote to their logs in <build>/test-logs/*.log (the server's access log
and stderr, every CLI run's stderr). This script looks for every secret in
those logs and in CTest's record of every test's output
(<build>/Testing/Temporary/LastTest*.log).

Exit 0: none found. Exit 1: a secret is in a log (the file and line are
named, the secret only by its first characters). Exit 2: nothing to check
(no secrets recorded or no logs kept), which would prove nothing.

  scripts/check-secrets.py BUILD_DIR
  scripts/check-secrets.py --self-test
"""
import base64
import glob
import os
import sys
import tempfile


def load_secrets(log_dir):
    secrets = set()
    for path in glob.glob(os.path.join(log_dir, "secrets-*.txt")):
        with open(path, "rb") as f:
            for line in f:
                line = line.strip()
                if line:
                    secrets.add(base64.b64decode(line))
    return secrets


def scan(build):
    log_dir = os.path.join(build, "test-logs")
    secrets = load_secrets(log_dir)
    logs = sorted(glob.glob(os.path.join(log_dir, "*.log")))
    logs += sorted(glob.glob(os.path.join(build, "Testing", "Temporary", "LastTest*.log")))
    if not secrets:
        print(f"check-secrets: no secrets were recorded in {log_dir}: the check proves nothing "
              "(did the tests run with CLAIMSMITH_BINARY_DIR set?)")
        return 2
    if not logs:
        print(f"check-secrets: no logs were kept in {log_dir} or {build}/Testing/Temporary")
        return 2
    found = 0
    scanned = 0
    for path in logs:
        with open(path, "rb") as f:
            for number, line in enumerate(f, 1):
                scanned += len(line)
                for s in secrets:
                    if s in line:
                        found += 1
                        shown = s[:6].decode("utf-8", "replace")
                        print(f"{path}:{number}: a secret ({shown}…, {len(s)} bytes) is in the log")
    if found:
        print(f"check-secrets: {found} secret(s) found in logs")
        return 1
    print(f"check-secrets: {len(secrets)} secrets, {len(logs)} logs ({scanned} bytes): none found")
    return 0


def self_test():
    with tempfile.TemporaryDirectory() as build:
        log_dir = os.path.join(build, "test-logs")
        os.makedirs(log_dir)
        secret = b"csk_selftest_0123456789abcdef"
        with open(os.path.join(log_dir, "secrets-1.txt"), "wb") as f:
            f.write(base64.b64encode(secret) + b"\n")
        with open(os.path.join(log_dir, "serve-1.log"), "wb") as f:
            f.write(b'{"path":"/v1/users","status":200}\n')
        if scan(build) != 0:
            print("self-test: a clean log was reported")
            return 1
        with open(os.path.join(log_dir, "serve-1.log"), "ab") as f:
            f.write(b"error: bad key " + secret + b"\n")
        if scan(build) != 1:
            print("self-test: a leaked secret was not found")
            return 1
    print("check-secrets: self-test passed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--self-test":
        sys.exit(self_test())
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(scan(sys.argv[1]))
