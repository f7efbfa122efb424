// Validates JSON documents against the official schemas with ajv (from npm):
//   node validate.js MODULES_DIR SCHEMA_DIR KIND FILE...
// KIND: sarif (draft-04), cyclonedx (draft-07 + spdx/jsf refs), spdx (draft-07),
// openvex (2020-12). Prints one line per file; exit 1 when any is invalid.
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, schemaDir, kind, ...files] = process.argv.slice(2);
const need = (m) => require(path.join(modules, 'node_modules', m));
const load = (f) => JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8'));

let ajv;
let main;
if (kind === 'sarif') {
  const Ajv04 = need('ajv-draft-04');
  ajv = new Ajv04({ allErrors: true, strict: false });
  main = load('sarif-schema-2.1.0.json');
} else if (kind === 'openvex') {
  const Ajv2020 = need('ajv/dist/2020').default;
  ajv = new Ajv2020({ allErrors: true, strict: false });
  main = load('openvex-schema.json');
} else {
  const Ajv = need('ajv').default;
  ajv = new Ajv({ allErrors: true, strict: false });
  if (kind === 'cyclonedx') {
    // bom-1.5 refs these by relative URI against its $id: register them by id, offline
    ajv.addSchema(load('spdx.schema.json'));
    ajv.addSchema(load('jsf-0.82.schema.json'));
    main = load('bom-1.5.schema.json');
  } else if (kind === 'spdx') {
    main = load('spdx-schema-2.3.json');
  } else {
    console.error('unknown kind ' + kind);
    process.exit(2);
  }
}
need('ajv-formats').default(ajv);
// ajv-formats has no IRI formats: check what a consumer would trip on (no
// spaces or controls; a scheme, when present, is well formed)
ajv.addFormat('iri-reference', (s) => !/[\s\u0000-\u001f\u007f<>"{}|\\^`]/.test(s) &&
  (!/^[^/?#]*:/.test(s) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)));
ajv.addFormat('iri', (s) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\u0000-\u001f<>"{}|\\^`]*$/.test(s));
ajv.addFormat('idn-email', (s) => /^[^\s@]+@[^\s@]+$/.test(s));
const validate = ajv.compile(main);
let bad = 0;
for (const f of files) {
  const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
  if (validate(doc)) {
    console.log('valid ' + kind + ': ' + f);
  } else {
    bad++;
    console.log('INVALID ' + kind + ': ' + f);
    for (const e of validate.errors.slice(0, 20))
      console.log('  ' + e.instancePath + ' ' + e.message + ' ' + JSON.stringify(e.params));
  }
}
process.exit(bad ? 1 : 0);
