"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readSeedFolder = readSeedFolder;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const seed_problems_1 = require("./seed-problems");
/**
 * Reads every `*.json` directly in `folder` (sorted, so messages and load order are stable; not
 * recursive, so a folder of drafts or fixtures below it is never loaded by accident).
 * Every file that is not valid JSON is reported, each by name, in one SeedValidationError.
 */
function readSeedFolder(folder) {
    const names = (0, node_fs_1.readdirSync)(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
        .map((entry) => entry.name)
        .sort();
    const problems = [];
    const files = [];
    for (const name of names) {
        const path = (0, node_path_1.join)(folder, name);
        try {
            files.push({ path, content: JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8')) });
        }
        catch (error) {
            problems.push(`${path}: not valid JSON: ${error.message}`);
        }
    }
    if (problems.length > 0)
        throw new seed_problems_1.SeedValidationError(problems);
    return files;
}
