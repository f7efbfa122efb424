package wslib

// Name is what the workspace application prints.
func Name() string { return "wslib" }
