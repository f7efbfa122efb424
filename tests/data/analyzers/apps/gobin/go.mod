module example.com/hello

go 1.19

require (
	example.com/greet v1.0.0
	example.com/local v0.0.0
	example.com/util v0.2.0
)

replace example.com/greet v1.0.0 => example.com/greet-fork v1.0.1

replace example.com/local => ./local
