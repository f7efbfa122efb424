module example.com/wsapp

go 1.19

require example.com/wslib v0.0.0
