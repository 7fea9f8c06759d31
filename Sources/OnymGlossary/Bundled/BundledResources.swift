/// The glossaries and locale profiles compiled into the binary
/// (`BundledResources+Generated.swift`, made by `Scripts/generate-bundled-resources.py`).
enum BundledResources {}
