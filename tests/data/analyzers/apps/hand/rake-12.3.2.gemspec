# -*- encoding: utf-8 -*-
# stub: rake 12.3.2 ruby lib

Gem::Specification.new do |s|
  s.name = "rake".freeze
  s.version = "12.3.2"

  s.required_rubygems_version = Gem::Requirement.new(">= 1.3.2".freeze) if s.respond_to? :required_rubygems_version=
  s.authors = ["Hiroshi SHIBATA".freeze, "Eric Hodel".freeze, "Jim Weirich".freeze]
  s.licenses = ["MIT".freeze]
  s.rubygems_version = "3.0.3".freeze
  s.summary = "Rake is a Make-like program implemented in Ruby".freeze
end
