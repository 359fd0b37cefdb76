// The floor under `check`: Node, a worker thread and QuickJS (as the sandbox
// starts them: src/sources/sandboxWorker.ts, with the CLI's compiler flags)
// evaluating `1 + 1`, before any source is read, parsed or validated.
import { Worker } from 'node:worker_threads';
import { startWithBaselineCompilers } from '../dist/cli/compilerTiers.js';

startWithBaselineCompilers();

const thread = `
  const { parentPort, workerData } = require('node:worker_threads');
  import(workerData.core).then(async ({ newQuickJSWASMModuleFromVariant }) => {
    const quickjs = await newQuickJSWASMModuleFromVariant(import(workerData.variant));
    const runtime = quickjs.newRuntime();
    const context = runtime.newContext();
    const result = context.unwrapResult(context.evalCode('1 + 1'));
    const value = context.getNumber(result);
    result.dispose();
    context.dispose();
    runtime.dispose();
    parentPort.postMessage(value);
  });
`;
const workerData = { core: import.meta.resolve('quickjs-emscripten-core'), variant: import.meta.resolve('@jitl/quickjs-wasmfile-release-sync') };
const worker = new Worker(thread, { eval: true, workerData });
worker.once('message', (value) => {
  if (value !== 2) throw new Error(`QuickJS said ${value}`);
  void worker.terminate();
});
