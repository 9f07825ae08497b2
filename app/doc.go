// Package app wires the DPN application: store keys, keepers in dependency order, the module
// manager and its orderings, the ante handler and the vote-extension handlers. Module logic
// lives in x/; nothing here decides anything a module should decide.
package app
