// A tiny program whose build info has every kind of line: deps, a module
// replacement, a local replacement, and -ldflags -X main.version.
package main

import (
	"fmt"

	"example.com/greet"
	"example.com/local"
	"example.com/util"
)

var version = "dev"

func main() {
	fmt.Println(greet.Hello(), util.Twice(local.N), version)
}
