/* One DD_CLI_COMMAND(name, summary) per src/cli/cmd_<name>.c that defines
 * `int dd_cmd_<name>(int argc, char **argv)`. */
DD_CLI_COMMAND(scan, "scan an image for vulnerabilities, secrets, baseline risks, malware and build risks")
DD_CLI_COMMAND(fix, "upgrade an image's fixable OS packages into a new image (<tag>_fixed)")
DD_CLI_COMMAND(sbom, "print the package inventory of an image (cyclonedx, spdx-json, json)")
DD_CLI_COMMAND(version, "print the version and the advisory DB's age")
DD_CLI_COMMAND(db, "build and inspect the advisory DB (import, update, info)")
DD_CLI_COMMAND(convert, "re-render a JSON report in another format, apply a whitelist or VEX, gate on it")
DD_CLI_COMMAND(vercmp, "compare two versions in an ecosystem's own order (-1, 0, 1)")
DD_CLI_COMMAND(serve, "run the scanning service: API, scan rules, tasks, stored results")
DD_CLI_COMMAND(token, "create an API token for the service (token create)")
