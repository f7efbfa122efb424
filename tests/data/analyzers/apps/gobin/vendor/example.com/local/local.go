package local

const N = 21
