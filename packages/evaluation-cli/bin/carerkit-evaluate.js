#!/usr/bin/env node
// The `carerkit-evaluate` command: a stable file for package managers to link at install time,
// which runs the built command in dist/.
import "../dist/cli.js";
