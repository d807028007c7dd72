#!/usr/bin/env bash
# Builds the self-contained Debian package: the compiled application, its production node_modules and a pinned
# Node.js runtime under /usr/lib/kalguard-sidecar, the hardened unit, conffiles, docs and maintainer scripts.
# Debian's own nodejs (v18) is too old, hence the bundled runtime; Depends are computed from its ELF needs.
#
# Environment (all optional):
#   DEB_VERSION   package version (default: package.json's "version")
#   DEB_OUT_DIR   output directory (default: packaging/deb/out)
#   DEB_NODE      Node.js binary to bundle (default: the one running npm, i.e. process.execPath)
#   DEB_COMPRESSION  xz (default, smallest) or gzip (several times faster; the tests use it)
#   DEB_LINTIAN   "no" skips lintian (default: run it when installed; any error or warning fails the build)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

pkg=kalguard-sidecar
version="${DEB_VERSION:-$(node -p 'require("./package.json").version')}"
out="${DEB_OUT_DIR:-$repo/packaging/deb/out}"
node_bin="${DEB_NODE:-$(node -p process.execPath)}"
arch="$(dpkg --print-architecture)"

for tool in dpkg-deb dpkg-shlibdeps strip gzip; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is required (packages dpkg-dev, binutils)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/kalguard-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$work/root"
lib="$root/usr/lib/$pkg"
doc="$root/usr/share/doc/$pkg"
umask 022
mkdir -p "$lib/bin" "$root/usr/bin" "$root/lib/systemd/system" "$root/etc/kalguard" "$doc" \
  "$root/usr/share/man/man1" "$root/usr/share/lintian/overrides" "$root/usr/share/$pkg/systemd" "$root/DEBIAN"

echo "build.sh: generating the unit's confinement for $arch from the syscall inventory"
# The committed x86_64 unit must match the inventory; the packaged one is rendered for the target architecture.
node --import tsx systemd/sync-unit.ts --check
mkdir -p "$work/systemd"
node --import tsx systemd/sync-unit.ts --arch "$arch" --out "$work/systemd"

echo "build.sh: compiling the application"
# Compiled straight into the package tree: the developer's dist/ is neither used nor touched.
node_modules/.bin/tsc -p tsconfig.build.json --outDir "$lib/dist" --declaration false --sourceMap false

# The same file set npm would publish ("files" in package.json), beside the package.json that marks it ESM.
cp package.json package-lock.json "$lib/"
node -e 'for (const f of require("./package.json").files ?? []) console.log(f)' | while read -r entry; do
  entry="${entry%/}"
  [ "$entry" = dist ] && continue
  if [ -e "$entry" ]; then
    mkdir -p "$lib/$(dirname "$entry")"
    cp -r "$entry" "$lib/$entry"
  fi
done

echo "build.sh: installing production dependencies"
(cd "$lib" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
rm -f "$lib/package-lock.json" "$lib/node_modules/.package-lock.json"
# What the modules publish but nothing at run time loads: their tests, benchmarks, docs and repository files.
# Licence files stay beside the code they cover.
find "$lib/node_modules" -mindepth 2 \( -type d \( -name test -o -name tests -o -name __tests__ -o -name benchmarks \
  -o -name benchmark -o -name bench -o -name example -o -name examples -o -name docs -o -name integration -o -name '.github' \) \
  -o -type f \( -name '*.md' -a ! -iname 'licen[cs]e*' -o -name '*.html' -o -name '.npmignore' -o -name '.gitignore' \
  -o -name '.gitattributes' -o -name '.eslintrc*' -o -name '.travis.yml' -o -name '.editorconfig' -o -name '.prettierrc*' \
  -o -name '.taprc' \) \) -prune -exec rm -rf {} +
# npm and tsc keep or pick modes of their own: scripts (#!) executable, every other file 0644.
find "$lib" -type d -exec chmod 0755 {} +
find "$lib/node_modules" "$lib/dist" -type f -exec chmod 0644 {} +
find "$lib/node_modules" "$lib/dist" -type f -exec sh -c 'for f; do [ "$(head -c 2 "$f")" = "#!" ] && chmod 0755 "$f"; done; true' sh {} +
if find "$lib/node_modules" -name '*.node' | grep -q .; then
  echo "build.sh: a production dependency ships a native addon; its library needs are not computed" >&2
  exit 1
fi

echo "build.sh: bundling Node.js from $node_bin"
install -m 0755 "$node_bin" "$lib/bin/node"
# What dh_strip does: debug data and notes out, symbols the dynamic linker needs kept.
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$lib/bin/node"
node_version="$("$lib/bin/node" --version)"
echo "$node_version" >"$lib/node-version"
node_license=""
for candidate in "$(dirname "$(readlink -f "$node_bin")")/../share/doc/nodejs/LICENSE" "$(dirname "$(readlink -f "$node_bin")")/../LICENSE"; do
  if [ -f "$candidate" ]; then node_license="$candidate"; break; fi
done
[ -n "$node_license" ] || { echo "build.sh: Node.js LICENSE not found beside $node_bin; it must ship in the copyright file" >&2; exit 1; }

echo "build.sh: installing unit, configuration, wrapper and docs"
install -m 0755 "$here/kalguard-sidecar" "$root/usr/bin/$pkg"
install -m 0644 "$work/systemd/kalguard-sidecar.service" "$root/lib/systemd/system/"
install -m 0644 "$work/systemd/tool-namespaces.conf" "$root/usr/share/$pkg/systemd/"
install -m 0640 "$here/env" "$root/etc/kalguard/env"
install -m 0644 "$here/policy.json" "$root/etc/kalguard/policy.json"
install -m 0644 "$here/README.Debian" "$doc/"
install -m 0644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/$pkg"
gzip -9n <"$here/kalguard-sidecar.1" >"$root/usr/share/man/man1/$pkg.1.gz"

top_version="$(sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' "$here/changelog")"
{
  if [ "$top_version" != "$version" ]; then
    printf '%s (%s) unstable; urgency=medium\n\n  * Rebuild as version %s.\n\n -- %s  %s\n\n' \
      "$pkg" "$version" "$version" "KalGuard maintainers <kalguard-maintainers@example.org>" "$(date -R -u)"
  fi
  cat "$here/changelog"
} | gzip -9n >"$doc/changelog.gz"

npm_modules="$(cd "$lib" && node -e '
  const { readdirSync, readFileSync, existsSync } = require("node:fs");
  const rows = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(".")) continue;
      const path = `${dir}/${name}`;
      if (name.startsWith("@")) { walk(path); continue; }
      const manifest = `${path}/package.json`;
      if (existsSync(manifest)) {
        const p = JSON.parse(readFileSync(manifest, "utf8"));
        rows.push(` ${p.name} ${p.version}: ${typeof p.license === "string" ? p.license : JSON.stringify(p.license ?? p.licenses ?? "see its directory")}`);
      }
      if (existsSync(`${path}/node_modules`)) walk(`${path}/node_modules`);
    }
  };
  walk("node_modules");
  console.log(rows.sort().join("\n"));
')"
# Node's LICENSE carries full Apache-2.0 and GPL texts of what it bundles, which lintian rightly refuses inside
# the copyright file; it ships beside it, verbatim, and the copyright file points there.
gzip -9n <"$node_license" >"$doc/LICENSE.nodejs.gz"
node -e '
  const [tpl, modules, nodeVersion] = process.argv.slice(1);
  const fs = require("node:fs");
  process.stdout.write(fs.readFileSync(tpl, "utf8").replace("@NPM_MODULES@", modules).replace("@NODE_VERSION@", nodeVersion));
' "$here/copyright.in" "$npm_modules" "$node_version" >"$doc/copyright"
chmod 0644 "$doc/copyright"

echo "build.sh: writing control data"
for script in postinst prerm postrm; do install -m 0755 "$here/$script" "$root/DEBIAN/$script"; done
install -m 0644 "$here/conffiles" "$root/DEBIAN/conffiles"
# dpkg-shlibdeps wants a debian/control beside it; the libraries it finds map to Debian packages via dpkg -S.
mkdir -p "$work/shlibs/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$pkg" "$pkg" >"$work/shlibs/debian/control"
shlibs="$(cd "$work/shlibs" && dpkg-shlibdeps -O "$lib/bin/node" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[ -n "$shlibs" ] || { echo "build.sh: dpkg-shlibdeps computed no dependencies for the bundled node" >&2; exit 1; }
installed_size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@SHLIBS_DEPENDS@/$shlibs/" \
  "$here/control.in" >"$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/${pkg}_${version}_${arch}.deb"
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" --build "$root" "$deb" >/dev/null

if [ "${DEB_LINTIAN:-yes}" != no ] && command -v lintian >/dev/null; then
  echo "build.sh: lintian"
  report="$(lintian --fail-on none --tag-display-limit 0 "$deb" 2>&1 || true)"
  if printf '%s\n' "$report" | grep -E '^(E|W): ' >&2; then
    echo "build.sh: lintian reported errors or warnings (above)" >&2
    exit 1
  fi
fi

echo "$deb"
