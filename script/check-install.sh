#!/usr/bin/env bash
# Installs partnermap into a scratch PREFIX and checks that the installed binary stands alone:
# no Swift runtime library from the system, its completions and man page in place, and
# `overlap`, `report` and the workspace page (`serve`, its script compiled in) working with this
# repository (build folder included) out of reach.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
prefix="$(mktemp -d /tmp/partnermap-install.XXXXXX)"
trap 'rm -rf "$prefix"' EXIT
make --no-print-directory install PREFIX="$prefix" >/dev/null
bin="$prefix/bin/partnermap"
fail() { echo "check-install: $*" >&2; exit 1; }

if ldd "$bin" | grep -Eq 'libswift|libFoundation|lib_FoundationICU|libdispatch'; then
  ldd "$bin" >&2; fail "the installed binary loads the Swift runtime from the system"
fi
for file in share/man/man1/partnermap.1 share/bash-completion/completions/partnermap \
            share/zsh/site-functions/_partnermap share/fish/vendor_completions.d/partnermap.fish; do
  [ -s "$prefix/$file" ] || fail "$file was not installed"
done
grep -q '^\.Dt PARTNERMAP 1' "$prefix/share/man/man1/partnermap.1" || fail "the man page has no title"
grep -q 'report' "$prefix/share/bash-completion/completions/partnermap" || fail "bash completion lacks the subcommands"

cp Graphs/montreal-inclusif.yaml "$prefix/network.yaml"
# The workspace: serve, then fetch the page's script and the gaps with the printed token.
cat > "$prefix/serve-check.py" <<'PY'
import subprocess, sys, urllib.request
server = subprocess.Popen(["./bin/partnermap", "serve", "network.yaml"], stdout=subprocess.PIPE, text=True)
try:
    base, token = server.stdout.readline().split()[1].split("/?token=")
    def get(path):
        request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
        return urllib.request.urlopen(request, timeout=30).read().decode()
    with open("serve.txt", "w") as out:
        out.write(get("/app.js")[:200] + "\n" + get("/api/gaps?lang=fr"))
finally:
    server.terminate()
    server.wait(timeout=10)
PY
run='cd "$0" && ./bin/partnermap overlap network.yaml --top 3 > overlap.txt 2>/dev/null && ./bin/partnermap report network.yaml --lang fr -o rapport.html 2>/dev/null && python3 serve-check.py'
if unshare --mount --propagation private true 2>/dev/null; then
  # A private mount namespace in which an empty folder hides the repository.
  unshare --mount --propagation private sh -c "mount -t tmpfs tmpfs '$root' && sh -c '$run' '$prefix'" \
    || fail "the installed binary failed with the repository out of reach"
  echo "check-install: ran with $root hidden"
else
  echo "check-install: cannot hide the repository here (unshare not permitted); running from $prefix only" >&2
  sh -c "$run" "$prefix" || fail "the installed binary failed"
fi
grep -q "pairs serve the same objective" "$prefix/overlap.txt" || fail "overlap printed no pairs"
grep -q '<html lang="fr">' "$prefix/rapport.html" || fail "report wrote no French HTML"
grep -q 'The workspace page of `partnermap serve`' "$prefix/serve.txt" || fail "serve did not serve its page's script"
grep -q '"nextStep"' "$prefix/serve.txt" || fail "serve did not answer the gaps"
echo "check-install: ok ($(du -h "$bin" | cut -f1) binary, man page, bash/zsh/fish completions)"
