/// The glossaries and locale profiles compiled into the binary
/// (`BundledResources+Generated.swift`, made by `swift run onym-generate resources`).
enum BundledResources {}
