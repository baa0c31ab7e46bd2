/**
 * The import measured in a process of its own (export-ops.ts starts it): 100,000 clients
 * allocate a lot, and in the bench's long-lived process, which holds a district's dataset
 * and every earlier measurement, the garbage collector's state would weigh on whichever
 * side it met. Prints the Measured rows as one JSON line.
 */
import { importOps } from './import-ops';
import { measureOnly } from './measure';

const [runs, rows, only] = process.argv.slice(2);
measureOnly(only || undefined);
console.log(JSON.stringify(await importOps(Number(runs), Number(rows))));
