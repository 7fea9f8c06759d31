"""Scripts/release.sh packaging the binary the tests built (`--package`; the static release
build itself is too long for every CI run and is measured in BENCHMARKS.md): the tarball
holds exactly the binary, the manual page, the three completions, the README and the
licence; its SHA-256 file checks; the packaged binary runs; the completions parse."""
import pathlib
import shutil
import subprocess
import tarfile
import tempfile


from conftest import BINARY, ROOT


def test_the_tarball_holds_what_an_install_needs():
    out = pathlib.Path(tempfile.mkdtemp(prefix="onym-release-"))
    try:
        check_tarball(out)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def check_tarball(out):
    made = subprocess.run([str(ROOT / "Scripts/release.sh"), "--package", BINARY, str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)
    assert made.returncode == 0, made.stdout + made.stderr
    version = subprocess.run([BINARY, "--version"], capture_output=True, text=True, check=True).stdout.split()[1]
    machine = subprocess.run(["uname", "-m"], capture_output=True, text=True, check=True).stdout.strip()
    name = f"onym-{version}-linux-{machine}"
    tarball = out / f"{name}.tar.gz"
    assert made.stdout.strip().splitlines()[-1] == str(tarball)
    assert sorted(p.name for p in out.iterdir()) == [f"{name}.tar.gz", f"{name}.tar.gz.sha256"]
    checked = subprocess.run(["sha256sum", "-c", f"{name}.tar.gz.sha256"], cwd=out, capture_output=True, text=True)
    assert checked.stdout == f"{name}.tar.gz: OK\n"

    with tarfile.open(tarball) as archive:
        files = sorted(m.name for m in archive.getmembers() if m.isfile())
        archive.extractall(out, filter="data")
    assert files == [f"{name}/{p}" for p in [
        "LICENSE", "README.md", "bin/onym",
        "share/bash-completion/completions/onym", "share/fish/vendor_completions.d/onym.fish",
        "share/man/man1/onym.1", "share/zsh/site-functions/_onym",
    ]]
    root = out / name
    assert (root / "README.md").read_bytes() == (ROOT / "README.md").read_bytes()
    assert (root / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()

    installed = root / "bin/onym"
    assert subprocess.run([str(installed), "--version"], capture_output=True, text=True).stdout.startswith(f"onym {version} (ICU ")
    looked_up = subprocess.run([str(installed), "lookup", "Kiev"], capture_output=True, text=True)
    assert looked_up.returncode == 0 and looked_up.stdout.startswith("kyiv (place): ")
    # Stripped: no symbol table left.
    assert "no symbols" in subprocess.run(["nm", str(installed)], capture_output=True, text=True).stderr

    page = (root / "share/man/man1/onym.1").read_text(encoding="utf-8")
    assert ".Dt ONYM 1" in page and ".Nm onym" in page and "lint" in page and "lookup" in page
    assert "\n\n" not in page  # a blank line is a warning to mdoc
    if shutil.which("man"):
        shown = subprocess.run(["man", "-l", str(root / "share/man/man1/onym.1")], capture_output=True, text=True)
        assert shown.returncode == 0 and "ONYM(1)" in shown.stdout and "warning" not in shown.stderr, shown.stderr
    bash = root / "share/bash-completion/completions/onym"
    assert subprocess.run(["bash", "-n", str(bash)]).returncode == 0
    assert "lint" in bash.read_text(encoding="utf-8")
    for shell, path in [("zsh", "share/zsh/site-functions/_onym"), ("fish", "share/fish/vendor_completions.d/onym.fish")]:
        text = (root / path).read_text(encoding="utf-8")
        assert "lint" in text and "lookup" in text
        if shutil.which(shell):
            assert subprocess.run([shell, "-n", str(root / path)]).returncode == 0
