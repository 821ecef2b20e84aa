// Entry of the functions chunk: no React, no UI. The shim comes first so the associate calls that the metadata
// plugin appends to functions.ts find a CustomFunctions global even outside Excel.
import "./installShim";
import "./functions";

performance.mark("inno:functions-ready");
