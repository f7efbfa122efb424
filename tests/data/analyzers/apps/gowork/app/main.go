// A workspace (go.work) build: example.com/wslib is compiled from ./lib, so
// its build info says "dep example.com/wslib (devel)": local code, not a
// published module version.
package main

import "example.com/wslib"

func main() { println(wslib.Name()) }
