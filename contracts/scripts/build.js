#!/usr/bin/env node
// Compiles src/*.sol and the EntryPoint v0.8 contracts the tests deploy with the pinned
// solc-js, and writes one artifact per contract (ABI + creation bytecode) plus the
// combined file abigen reads. Output is deterministic: sorted keys, no timestamps.
//
// usage: node scripts/build.js [outDir]   (default: artifacts, relative to contracts/)
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const outDir = path.resolve(root, process.argv[2] || 'artifacts');

// Contracts that get an artifact and a Go binding: ours, from the account-abstraction
// package the EntryPoint and the sample account the tests and the relayer use, and
// OpenZeppelin's TimelockController, the token's owner.
const AA = '@account-abstraction/contracts/';
const OZ = '@openzeppelin/contracts/';
const extraSources = [
  OZ + 'governance/TimelockController.sol',
  AA + 'core/EntryPoint.sol',
  AA + 'accounts/SimpleAccount.sol',
  AA + 'accounts/SimpleAccountFactory.sol',
];
const wanted = {
  'DPNToken': 'src/DPNToken.sol',
  'KYCRegistry': 'src/KYCRegistry.sol',
  'DPNSettlement': 'src/DPNSettlement.sol',
  'ComputeCredits': 'src/ComputeCredits.sol',
  'DPNPaymaster': 'src/DPNPaymaster.sol',
  'EntryPoint': AA + 'core/EntryPoint.sol',
  'SimpleAccount': AA + 'accounts/SimpleAccount.sol',
  'SimpleAccountFactory': AA + 'accounts/SimpleAccountFactory.sol',
  'TimelockController': OZ + 'governance/TimelockController.sol',
  // Tests only: the proxy SimpleAccountFactory deploys (its code hash is what the paymaster
  // allows), an account whose behaviour the paymaster tests choose, and a refund recipient
  // that refuses ETH as the refund tests choose.
  'ERC1967Proxy': OZ + 'proxy/ERC1967/ERC1967Proxy.sol',
  'TestAccount': 'src/test/TestAccount.sol',
  'TestRefundRecipient': 'src/test/TestRefundRecipient.sol',
};

function readSource(p) {
  if (p.startsWith('src/')) return fs.readFileSync(path.join(root, p), 'utf8');
  return fs.readFileSync(path.join(root, 'node_modules', p), 'utf8');
}

const sources = {};
for (const f of fs.readdirSync(path.join(root, 'src')).sort()) {
  if (f.endsWith('.sol')) sources['src/' + f] = { content: readSource('src/' + f) };
}
for (const f of fs.readdirSync(path.join(root, 'src', 'test')).sort()) {
  if (f.endsWith('.sol')) sources['src/test/' + f] = { content: readSource('src/test/' + f) };
}
for (const p of extraSources) sources[p] = { content: readSource(p) };

const input = {
  language: 'Solidity',
  sources,
  settings: {
    // EntryPoint v0.8 is built with the IR pipeline upstream (it is too deep for the legacy
    // code generator), so everything goes through it with the same settings.
    viaIR: true,
    optimizer: { enabled: true, runs: 1000 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

function findImports(p) {
  try {
    return { contents: readSource(p) };
  } catch (e) {
    return { error: 'not found: ' + p };
  }
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  if (e.severity === 'error' || e.sourceLocation?.file?.startsWith('src/')) {
    process.stderr.write(e.formattedMessage + '\n');
  }
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
for (const name of Object.keys(wanted).sort()) {
  const c = output.contracts[wanted[name]][name];
  const art = {
    contractName: name,
    sourceName: wanted[name],
    compiler: 'solc-js ' + solc.version(),
    abi: c.abi,
    bytecode: '0x' + c.evm.bytecode.object,
    deployedBytecode: '0x' + c.evm.deployedBytecode.object,
  };
  fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(art, null, 2) + '\n');
  combined.contracts[wanted[name] + ':' + name] = { abi: c.abi, bin: c.evm.bytecode.object };
}
fs.writeFileSync(path.join(outDir, 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
