#!/usr/bin/env python3
"""Re-runs every `$ parley …` example in README.md and puts its real output under it.

Each ```console block of the README holds commands (lines starting with "$ ") and their output.
This script builds a database from seeds/articles/ in a scratch folder, runs each command there with
`parley` on PATH and PARLEY_DB pointing at that database, and rewrites the blocks with what the
commands printed (stdout and stderr, as a terminal shows them). The example seed files the README
shows live in scripts/readme/.

Usage: scripts/update_readme.py [PATH-TO-PARLEY]   (default: .build/release/parley, else .build/debug/parley)
"""
import os, re, shutil, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else next(
    (p for p in (os.path.join(root, ".build/release/parley"), os.path.join(root, ".build/debug/parley")) if os.path.exists(p)), None)
if not binary:
    sys.exit("build parley first (swift build -c release --product parley)")
binary = os.path.abspath(binary)

with tempfile.TemporaryDirectory(prefix="parley-readme-") as scratch:
    bindir = os.path.join(scratch, "bin")
    os.mkdir(bindir)
    os.symlink(binary, os.path.join(bindir, "parley"))
    for name in os.listdir(os.path.join(root, "scripts/readme")):
        shutil.copy(os.path.join(root, "scripts/readme", name), scratch)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"], PARLEY_DB=os.path.join(scratch, "parley.db"))
    # Commands name files as from the repository root: seeds/articles, Tests/Fixtures/….
    for name in ("seeds", "Tests"):
        os.symlink(os.path.join(root, name), os.path.join(scratch, name))

    def run(command):
        result = subprocess.run(["bash", "-c", command + " 2>&1"], cwd=scratch, env=env, capture_output=True, text=True)
        return result.stdout

    readme_path = os.path.join(root, "README.md")
    text = open(readme_path, encoding="utf-8").read()

    def refresh(match):
        commands = [line[2:] for line in match.group(1).split("\n") if line.startswith("$ ")]
        body = "".join("$ " + command + "\n" + run(command) for command in commands)
        return "```console\n" + body + "```"

    # Blocks run in order, so a block may rely on what an earlier one ingested or seeded.
    text = re.sub(r"```console\n(.*?)```", refresh, text, flags=re.S)
    open(readme_path, "w", encoding="utf-8").write(text)
    print("README.md examples refreshed with", binary)
