"""The pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit itself (`try-repo`)
on a temporary git repository: the check fails on a variant, the fixing hook rewrites it,
and the check then passes."""
import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest

from conftest import BINARY, ROOT


@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed (pip install pre-commit)")
def test_the_hook_fails_on_a_variant_and_passes_after_the_fix():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="onym-pre-commit-"))
    env = dict(os.environ, PATH=os.path.dirname(BINARY) + os.pathsep + os.environ.get("PATH", ""),
               ONYM_CACHE_DIR=str(folder / "cache"), PRE_COMMIT_HOME=str(folder / "pre-commit-home"),
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    repo = folder / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "article.md").write_text("# Talks\n\nTalks in Kiev resumed.\n", encoding="utf-8")
    (repo / "code.py").write_text("city = 'Kiev'\n", encoding="utf-8")  # not a text file type: never checked
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def hook(name):
        return subprocess.run(["pre-commit", "try-repo", str(ROOT), name, "--all-files"], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=300)

    checked = hook("onym")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "article.md:3:10: warning: Kiev → Kyiv" in checked.stdout
    assert "code.py" not in checked.stdout
    fixed = hook("onym-fix")
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # files were modified
    assert (repo / "article.md").read_text(encoding="utf-8") == "# Talks\n\nTalks in Kyiv resumed.\n"
    again = hook("onym")
    assert again.returncode == 0, again.stdout + again.stderr
