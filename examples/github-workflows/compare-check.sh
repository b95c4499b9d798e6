#!/usr/bin/env bash
# The review gate's shell steps, called by compare-check.yml. Runs from the root of the
# newsroom's repository; by hand too:  BASE_REF=main bash compare-check.sh
#
# Checks every draft changed on this branch (under $DRAFTS_DIR, default drafts/) against
# its sources: those its front matter names ("sources: ../../sources/<event>", relative
# to the draft), else the articles beside it. Writes the summary to $OUT_DIR/comment.md
# (for the pull-request comment) and appends it to $GITHUB_STEP_SUMMARY.
#
# Fails closed: a missing `compare` command, missing history, a draft that cannot be read
# or checked, or any other error fails the check, not only a contradiction.
# Exit 0: every changed draft passed; 1: a draft contradicts its sources or could not be checked.
set -euo pipefail

base="${BASE_REF:-main}"
remote="${REMOTE:-origin}"
drafts_dir="${DRAFTS_DIR:-drafts}"
accept="${ACCEPT_FILE:-compare-accept.toml}"
out="${OUT_DIR:-compare-check}"

mkdir -p "$out"
comment="$out/comment.md"
: > "$comment"

publish() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$comment" >> "$GITHUB_STEP_SUMMARY"
  fi
  cat "$comment"
}

fail() {
  printf '### compare check\n\n**❌ the check could not run:** %s\n' "$*" >> "$comment"
  echo "compare-check: error: $*" >&2
  publish
  exit 1
}

command -v compare >/dev/null 2>&1 \
  || fail "the \`compare\` command is not installed (install it from the tool's repository, not the package index's unrelated 'compare')"
compare --version 2>/dev/null | grep -q '^compare ' \
  || fail "the \`compare\` command found is not this tool"

# A shallow checkout (the default of actions/checkout) has no merge base: fetch the history.
if [ "$(git rev-parse --is-shallow-repository)" = "true" ]; then
  git fetch --quiet --unshallow "$remote" || fail "cannot fetch the history of $remote"
fi
git fetch --quiet "$remote" "+refs/heads/$base:refs/remotes/$remote/$base" \
  || fail "cannot fetch $remote/$base"
merge_base=$(git merge-base "refs/remotes/$remote/$base" HEAD) \
  || fail "this branch shares no history with $remote/$base"
changed=$(git diff --name-only --diff-filter=ACMR "$merge_base" HEAD -- "$drafts_dir") \
  || fail "git diff against $remote/$base failed"

drafts=()
while IFS= read -r f; do
  case "$f" in
    *.md|*.txt|*.html) drafts+=("$f") ;;
  esac
done <<< "$changed"

if [ "${#drafts[@]}" -eq 0 ]; then
  printf '### compare check\n\n✅ no draft under `%s/` changed on this branch.\n' "$drafts_dir" >> "$comment"
  publish
  exit 0
fi

extra=()
if [ -f "$accept" ]; then
  extra+=(--accept "$accept")
fi

failed=0
n=0
for draft in "${drafts[@]}"; do
  n=$((n + 1))
  rc=0
  compare check "$draft" "${extra[@]}" --quiet --output "$out/$n.md" --json "$out/$n.json" \
    > /dev/null 2> "$out/$n.err" || rc=$?
  if [ "$rc" -le 1 ] && [ -s "$out/$n.md" ]; then
    cat "$out/$n.md" >> "$comment"
  else
    # the tool's one-line error, fenced and without backticks so that it stays inert
    {
      printf '### compare check: %s\n\n**❌ could not be checked** (exit %s):\n\n```text\n' "$(printf '%s' "$draft" | tr -d '`')" "$rc"
      tail -n 5 "$out/$n.err" | tr -d '`'
      printf '```\n'
    } >> "$comment"
    rc=2
  fi
  printf '\n' >> "$comment"
  if [ "$rc" -ne 0 ]; then
    failed=1
  fi
done

publish
exit "$failed"
