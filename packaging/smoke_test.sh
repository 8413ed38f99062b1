#!/usr/bin/env bash
# Runs the bundled binary as a user would: --version, then a demo journal and its check.
set -euo pipefail
bin="${1:-build/dist/mentorjournal/mentorjournal}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MENTORJOURNAL_CONFIG_DIR="$work/config" MENTORJOURNAL_LOG_DIR="$work/logs"
version="$("$bin" --version)"
case "$version" in MentorJournal\ *) ;; *) echo "unexpected --version: $version"; exit 1;; esac
"$bin" demo --data-dir "$work/journal" | grep -q "2 mentorships"
"$bin" check --data-dir "$work/journal" | grep -q "passed"
echo "smoke test passed: $version, demo and check from the bundle"
