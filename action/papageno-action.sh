#!/usr/bin/env bash
# The steps of the Papageno GitHub Action (action.yml at the top of the repository):
#   key    the content hash of this checkout's sources, as the cache key (to GITHUB_OUTPUT)
#   build  builds the command line in this checkout, unless the cache restored a build of it
#   check  checks the drafts in GITHUB_WORKSPACE: the report in the log, annotations for the
#          pull request, SARIF for code scanning; exits as papageno does
# It reads what GitHub sets (GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_OUTPUT,
# GITHUB_STEP_SUMMARY, RUNNER_TEMP) and the action's inputs as PAPAGENO_* variables.
set -euo pipefail

action=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd -P)}
launcher="$action/papageno"

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

case "${1:-}" in
  key)
    # Every file the build reads: the POMs, the sources and resources, the wrapper.
    key=$(cd "$action" && find pom.xml ./*/pom.xml ./*/src/main .mvn mvnw papageno -type f 2>/dev/null \
      | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-40)
    output key "$key"
    echo "Papageno sources: $key"
    ;;
  build)
    if [ "${PAPAGENO_CACHE_HIT:-}" = true ]; then
      # The build was restored for exactly these sources; files restored from the cache are older
      # than the checkout, so mark them current in the launcher's order: jar, then CDS archive.
      touch "$action/cli/target/papageno.jar" "$action/cli/target/papageno.modules"
      [ -f "$action/cli/target/papageno.jsa" ] && touch "$action/cli/target/papageno.jsa"
    fi
    # The launcher builds on first use and makes its class-data-sharing archive.
    "$launcher" --version
    ;;
  check)
    cd "${GITHUB_WORKSPACE:-.}"
    sarif=${PAPAGENO_SARIF:-}
    if [ -z "$sarif" ]; then
      sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/papageno.sarif"
    fi
    options=()
    [ -n "${PAPAGENO_FAIL_ON:-}" ] && options+=(--fail-on "$PAPAGENO_FAIL_ON")
    [ -n "${PAPAGENO_PROFILE:-}" ] && options+=(--profile "$PAPAGENO_PROFILE")
    [ -n "${PAPAGENO_REGION:-}" ] && options+=(--region "$PAPAGENO_REGION")
    [ -n "${PAPAGENO_CONFIG:-}" ] && options+=(--config "$PAPAGENO_CONFIG")
    # Paths are separated by spaces or new lines; globs are left for papageno to expand.
    paths=()
    set -f
    for p in ${PAPAGENO_PATHS:-.}; do
      paths+=("$p")
    done
    set +f
    [ ${#paths[@]} -gt 0 ] || paths=(.)

    code=0
    "$launcher" check "${options[@]}" --format sarif --output "$sarif" -- "${paths[@]}" || code=$?
    output sarif-file "$sarif"
    # Annotations: GitHub reads these workflow commands from the log and shows them on the pull request.
    "$launcher" check "${options[@]}" --format github -- "${paths[@]}" || true
    format=${PAPAGENO_FORMAT:-text}
    if [ "$format" != none ] && [ "$format" != github ]; then
      "$launcher" check "${options[@]}" --format "$format" --color never -- "${paths[@]}" || true
    fi
    output exit-code "$code"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      case $code in
        0) verdict="no findings at or above the fail threshold" ;;
        1) verdict="findings at or above the fail threshold" ;;
        2) verdict="a usage, config or input error (see the log)" ;;
        *) verdict="an internal error (see the log)" ;;
      esac
      printf '### Papageno\n\nExit code %s: %s. SARIF report: `%s`.\n' "$code" "$verdict" "$sarif" \
        >>"$GITHUB_STEP_SUMMARY"
    fi
    exit "$code"
    ;;
  *)
    echo "usage: $0 key|build|check" >&2
    exit 2
    ;;
esac
