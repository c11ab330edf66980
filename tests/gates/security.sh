#!/usr/bin/env bash
# The security gates of QUALITY.md at full strength, one after the other (T1, T2, T4–T8, T12;
# T3 has no suite yet). Every gate runs even when an earlier one fails; the summary at the end
# names each gate's result and the exit status is non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
results=()
failed=0
gate() {
  local name=$1
  shift
  echo
  echo "== $name"
  local started=$(date +%s)
  if "$@"; then results+=("pass  $name ($(( $(date +%s) - started ))s)")
  else results+=("FAIL  $name ($(( $(date +%s) - started ))s)"); failed=1; fi
}
gate "T1 authorization matrix" npx vitest run src/server/authz.test.ts
gate "T2 API fuzzing (100 per operation)" npm run test:fuzz
gate "T4 stored XSS (all payloads)" npm run test:xss
gate "T5 auth and sessions" npx vitest run src/server/auth src/server/app.test.ts
gate "T6 audit trail and canaries" npx vitest run src/server/audit-trail.test.ts
gate "T7 concurrent edits" npx vitest run src/server/concurrency.test.ts
gate "T8 crash safety" npm run test:crash
gate "T12 static and supply chain" npm run test:static
echo
echo "== security gates"
printf '%s\n' "${results[@]}"
echo "figures: test-results/gates/*.json"
exit $failed
