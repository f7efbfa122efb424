// Bundles the console: node build.cjs MODULES_DIR WEB_DIR OUT_DIR
// (MODULES_DIR holds node_modules from `npm ci`; called by CMake).
// One minified script and one stylesheet, no inline script (the service's
// Content-Security-Policy refuses it), index.html copied as is.
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, web, out] = process.argv.slice(2);
const esbuild = require(path.join(modules, 'node_modules', 'esbuild'));
fs.mkdirSync(out, { recursive: true });
const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  nodePaths: [path.join(modules, 'node_modules')],
  logLevel: 'warning',
};
esbuild.buildSync({
  ...common,
  entryPoints: [path.join(web, 'src', 'main.jsx')],
  outfile: path.join(out, 'app.js'),
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
});
esbuild.buildSync({ ...common, entryPoints: [path.join(web, 'src', 'app.css')], outfile: path.join(out, 'app.css') });
fs.copyFileSync(path.join(web, 'src', 'index.html'), path.join(out, 'index.html'));
