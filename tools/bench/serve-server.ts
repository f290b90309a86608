/** The server under load, in its own process so that the load generator does not share its event loop. Prints its URL, then serves until killed. */
import { openStore } from "../../src/store/open-store.js";
import { startServer } from "../../src/server/server.js";

const db = process.argv[2];
const store = await openStore(db, { readonly: true });
const server = await startServer({ store, port: 0, host: "127.0.0.1", log: (line) => console.error(line) });
console.log(server.url);
process.once("SIGTERM", () => void server.close().then(() => store.close()).then(() => process.exit(0)));
