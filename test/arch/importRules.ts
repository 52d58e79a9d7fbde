// The import rules of architecture.md as a checker: extracts every import (static, export-from,
// dynamic import(), require, import-equals) with the TypeScript parser and judges each edge by
// the folder of the importing file. Used by imports.test.ts; has no I/O of its own.
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface ImportRef {
  specifier: string | null; // null: a computed specifier the checker cannot see through
  typeOnly: boolean;
  kind: 'import' | 'export' | 'dynamic' | 'require';
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

export type Layer = 'shared' | 'main' | 'main/electron' | 'preload' | 'renderer';
type Target = Layer | 'main/bridge' | 'test' | 'other';

export function extractImports(fileName: string, source: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const literal = (node: ts.Node | undefined): string | null =>
    node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allInlineTypes =
        clause !== undefined && clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      refs.push({ specifier: literal(node.moduleSpecifier), typeOnly: clause?.isTypeOnly === true || allInlineTypes, kind: 'import', line: lineOf(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      refs.push({ specifier: literal(node.moduleSpecifier), typeOnly: node.isTypeOnly, kind: 'export', line: lineOf(node) });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      refs.push({ specifier: literal(node.moduleReference.expression), typeOnly: node.isTypeOnly, kind: 'require', line: lineOf(node) });
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) {
        refs.push({ specifier: literal(node.arguments[0]), typeOnly: false, kind: isDynamicImport ? 'dynamic' : 'require', line: lineOf(node) });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      refs.push({ specifier: literal(node.argument.literal), typeOnly: true, kind: 'import', line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return refs;
}

/** The layer of a repo-relative, '/'-separated source path, or null if no rule covers it. */
export function layerOf(file: string): Layer | null {
  if (file.startsWith('shared/')) return 'shared';
  if (file.startsWith('main/electron/')) return 'main/electron';
  if (file.startsWith('main/')) return 'main';
  if (file.startsWith('preload/')) return 'preload';
  if (file.startsWith('renderer/')) return 'renderer';
  return null;
}

function targetOf(resolved: string): Target {
  if (resolved.startsWith('main/bridge/') || resolved === 'main/bridge') return 'main/bridge';
  if (resolved.startsWith('test/')) return 'test';
  return layerOf(resolved) ?? 'other';
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || isBuiltin(packageName(specifier));
const isElectron = (specifier: string): boolean => packageName(specifier) === 'electron';
const withoutExtension = (p: string): string => p.replace(/\.(ts|tsx|js|mjs|cjs)$/, '');

/** Judges one import of `file` (repo-relative); returns why it is forbidden, or null. */
export function judgeImport(file: string, ref: ImportRef): string | null {
  const layer = layerOf(file);
  if (layer === null) return null;
  if (ref.specifier === null) {
    // Node code may load files chosen at run time; bundled and pure code must stay analysable.
    return layer === 'main' || layer === 'main/electron' ? null : `computed ${ref.kind} specifier in ${layer}`;
  }
  const spec = ref.specifier;
  if (spec.startsWith('.')) {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    return judgeInternal(layer, targetOf(resolved), resolved, ref.typeOnly);
  }
  if (spec.startsWith('/') || /^[a-zA-Z]:/.test(spec)) return 'absolute import path';
  return judgePackage(layer, spec, ref.typeOnly);
}

function judgeInternal(layer: Layer, target: Target, resolved: string, typeOnly: boolean): string | null {
  if (target === 'test') return `${layer} must not import test code`;
  switch (layer) {
    case 'shared':
      return target === 'shared' ? null : `shared may import only shared (found ${target})`;
    case 'main':
      return target === 'renderer' || target === 'preload' || target === 'main/electron'
        ? `main outside main/electron must not import ${target}`
        : null;
    case 'main/electron':
      return target === 'renderer' || target === 'preload' || target === 'main/bridge' ? `main/electron must not import ${target}` : null;
    case 'preload':
      if (target === 'preload') return null;
      if (withoutExtension(resolved) === 'shared/contract/names') return null;
      if (typeOnly && resolved.startsWith('shared/rpc/')) return null;
      return typeOnly
        ? `preload may import types only from shared/rpc (found ${resolved})`
        : `preload may import at run time only electron and shared/contract/names (found ${resolved})`;
    case 'renderer':
      return target === 'renderer' || target === 'shared' ? null : `renderer must not import ${target}`;
  }
}

function judgePackage(layer: Layer, spec: string, typeOnly: boolean): string | null {
  if (isElectron(spec)) {
    return layer === 'main/electron' || layer === 'preload' ? null : `only main/electron and preload may import electron (found in ${layer})`;
  }
  switch (layer) {
    case 'shared':
      return packageName(spec) === 'zod' ? null : `shared may import only zod (found ${spec})`;
    case 'main':
    case 'main/electron':
      return null;
    case 'preload':
      return typeOnly ? null : `preload may import at run time only electron and shared/contract/names (found ${spec})`;
    case 'renderer':
      if (isNodeBuiltin(spec)) return `renderer must not import Node built-ins (found ${spec})`;
      return packageName(spec) === 'better-sqlite3' ? 'renderer must not import better-sqlite3' : null;
  }
}

export function checkSource(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  for (const ref of extractImports(file, source)) {
    const reason = judgeImport(file, ref);
    if (reason !== null) violations.push({ file, line: ref.line, specifier: ref.specifier ?? '<computed>', reason });
  }
  return violations;
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line} imports '${v.specifier}': ${v.reason}`;
}
