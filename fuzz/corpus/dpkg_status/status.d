Package: libgcc-s1
Source: gcc-12 (12.2.0-14)
Version: 12.2.0-14
Architecture: amd64
Maintainer: Debian GCC Maintainers <debian-gcc@lists.debian.org>
Installed-Size: 140
Depends: gcc-12-base (= 12.2.0-14), libc6 (>= 2.35)
Section: libs
Priority: optional
Multi-Arch: same
Homepage: http://gcc.gnu.org/
Description: GCC support library
 Shared version of the support library, a library of internal subroutines
 that GCC uses to overcome shortcomings of particular machines.
