// The custom functions run under Jest exactly as in the CLI: with the CustomFunctions stand-in.
import "../src/functions/installShim";
