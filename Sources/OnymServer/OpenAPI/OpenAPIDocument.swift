/// `GET /openapi.json`: the API described in OpenAPI 3.1, written by hand beside the routes
/// it describes (a test checks that every route is in it, and CI runs schemathesis against a
/// live server with it).
enum OpenAPIDocument {
    static func json(version: String) -> String {
        #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Onym",
    "version": "\#(version)",
    "description": "Names kept consistent across languages: look names up, check texts against the house glossary, and LanguageTool's API for its clients."
  },
  "security": [{}, {"bearer": []}],
  "paths": {
    "/v1/lookup": {
      "get": {
        "operationId": "lookup",
        "summary": "The concepts a name in any language or script refers to, best first (onym lookup --format json).",
        "parameters": [
          {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}, "description": "A name in any form, language or script."},
          {"name": "lang", "in": "query", "schema": {"type": "string"}, "description": "The name's language (a BCP 47 tag): its case rules apply and its forms rank first; an unknown tag is 400."},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
          {"name": "to", "in": "query", "schema": {"type": "string"}, "description": "Languages to show, comma-separated (default: all)."}
        ],
        "responses": {
          "200": {"description": "Matches", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LookupResult"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/lint": {
      "post": {
        "operationId": "lint",
        "summary": "A text's findings (onym lint --format json for one file).",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TextRequest"}}}},
        "responses": {
          "200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LintReport"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/fix": {
      "post": {
        "operationId": "fix",
        "summary": "A text with the safe suggestions applied, what was fixed and what is left.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TextRequest"}}}},
        "responses": {
          "200": {"description": "The fixed text", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FixResult"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/concepts": {
      "get": {
        "operationId": "listConcepts",
        "summary": "The store's concepts in id order, a page at a time (onym list --format json).",
        "parameters": [
          {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["person", "place", "country", "organisation", "other"]}},
          {"name": "lang", "in": "query", "schema": {"type": "string"}, "description": "Only concepts with a preferred form in this language."},
          {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Only concepts with a form that contains this (case and diacritics aside)."},
          {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "The 'next' of the page before."},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}
        ],
        "responses": {
          "200": {"description": "A page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConceptPage"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      },
      "post": {
        "operationId": "addConcept",
        "summary": "A new concept (onym add): validated as a glossary's, and against every stored concept; the token's name is the author.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewConcept"}}}},
        "responses": {
          "201": {"description": "Added", "headers": {"ETag": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Concept"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/Conflict"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/concepts/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "get": {
        "operationId": "showConcept",
        "summary": "One concept (onym show); its revision is the ETag.",
        "responses": {
          "200": {"description": "The concept", "headers": {"ETag": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Concept"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      },
      "patch": {
        "operationId": "changeConcept",
        "summary": "Change a concept (onym set) on the revision in If-Match; a stale revision is 412.",
        "parameters": [{"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}, "description": "The revision the change is made on (the ETag of GET /v1/concepts/{id}); without it the answer is 428."}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConceptChange"}}}},
        "responses": {
          "200": {"description": "Changed", "headers": {"ETag": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Concept"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/Conflict"},
          "412": {"$ref": "#/components/responses/Stale"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "428": {"$ref": "#/components/responses/NoRevision"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      },
      "delete": {
        "operationId": "removeConcept",
        "summary": "Remove a concept (onym remove) on the revision in If-Match; its history stays.",
        "parameters": [{"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}, "description": "The revision the change is made on (the ETag of GET /v1/concepts/{id}); without it the answer is 428."}],
        "responses": {
          "200": {"description": "Removed", "content": {"application/json": {"schema": {"type": "object", "required": ["removed"], "properties": {"removed": {"type": "string"}}}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "412": {"$ref": "#/components/responses/Stale"},
          "428": {"$ref": "#/components/responses/NoRevision"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/concepts/{id}/history": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "get": {
        "operationId": "conceptHistory",
        "summary": "Every change of a concept, oldest first (onym log ID).",
        "responses": {
          "200": {"description": "Changes", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Change"}}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/export": {
      "get": {
        "operationId": "export",
        "summary": "The glossaries as onym export writes them, byte for byte.",
        "parameters": [
          {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["csv", "tbx", "json", "yaml"], "default": "csv"}},
          {"name": "layout", "in": "query", "schema": {"type": "string", "enum": ["long", "wide", "pairs"], "default": "long"}},
          {"name": "langs", "in": "query", "schema": {"type": "string"}, "description": "The wide layout's languages, comma-separated (the first is the source)."},
          {"name": "from", "in": "query", "schema": {"type": "string"}}, {"name": "to", "in": "query", "schema": {"type": "string"}},
          {"name": "for", "in": "query", "schema": {"type": "string", "enum": ["deepl", "google", "amazon", "excel"]}},
          {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["person", "place", "country", "organisation", "other"]}},
          {"name": "sort", "in": "query", "schema": {"type": "string"}}, {"name": "generated", "in": "query", "schema": {"type": "string", "enum": ["true", "false"]}}
        ],
        "responses": {
          "200": {"description": "The export", "content": {"text/csv": {"schema": {"type": "string"}}, "application/x-tbx+xml": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object"}}, "application/yaml": {"schema": {}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/tm/search": {
      "post": {
        "operationId": "tmSearch",
        "summary": "Fuzzy matches of the store's translation memory (onym tm search --format json).",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["text", "from", "to"],
          "properties": {"text": {"type": "string"}, "from": {"type": "string"}, "to": {"type": "string"},
            "min": {"type": ["integer", "null"], "minimum": 1, "maximum": 100}, "limit": {"type": ["integer", "null"], "minimum": 1, "maximum": 100}}}}}},
        "responses": {
          "200": {"description": "Matches", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TMSearchResult"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v1/check": {
      "post": {
        "operationId": "check",
        "summary": "Translation pairs checked against the glossaries and the memory (onym check --format json).",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["from", "to", "pairs"],
          "properties": {"from": {"type": "string"}, "to": {"type": "string"},
            "pairs": {"type": "array", "items": {"type": "object", "required": ["source", "target"],
              "properties": {"id": {"type": ["string", "null"]}, "source": {"type": "string"}, "target": {"type": "string"}}}}}}}}},
        "responses": {
          "200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckReport"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v2/check": {
      "post": {
        "operationId": "languageToolCheck",
        "summary": "LanguageTool's check: a text's findings as LanguageTool matches (offsets in UTF-16 code units).",
        "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/LanguageToolRequest"}}}},
        "responses": {
          "200": {"description": "Matches", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LanguageToolResult"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "413": {"$ref": "#/components/responses/TooLarge"},
          "415": {"$ref": "#/components/responses/UnsupportedType"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      },
      "get": {
        "operationId": "languageToolCheckByQuery",
        "summary": "LanguageTool's check with the form in the query.",
        "parameters": [
          {"name": "text", "in": "query", "schema": {"type": "string"}},
          {"name": "data", "in": "query", "schema": {"type": "string"}},
          {"name": "language", "in": "query", "required": true, "schema": {"type": "string"}},
          {"name": "enabledRules", "in": "query", "schema": {"type": "string"}},
          {"name": "disabledRules", "in": "query", "schema": {"type": "string"}},
          {"name": "disabledCategories", "in": "query", "schema": {"type": "string"}},
          {"name": "enabledOnly", "in": "query", "schema": {"type": "string"}}
        ],
        "responses": {
          "200": {"description": "Matches", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LanguageToolResult"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/v2/languages": {
      "get": {
        "operationId": "languageToolLanguages",
        "summary": "The languages the glossaries have terms in, with the regional codes LanguageTool's clients send.",
        "responses": {
          "200": {"description": "Languages", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/LanguageToolLanguage"}}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "429": {"$ref": "#/components/responses/TooMany"},
          "503": {"$ref": "#/components/responses/Unavailable"}
        }
      }
    },
    "/": {
      "get": {
        "operationId": "page",
        "summary": "The lookup page.",
        "responses": {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}}
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document.",
        "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    }
  },
  "components": {
    "responses": {
      "BadRequest": {"description": "Bad JSON, form or parameters", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "TooLarge": {"description": "A body over the server's limit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "UnsupportedType": {"description": "A body of another type", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Unavailable": {"description": "The glossaries or their store cannot be read now", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Unauthorized": {"description": "No token, or one the server does not know (with --tokens)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Forbidden": {"description": "A token whose scope is short of what the request needs, or a read-only server", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NotFound": {"description": "No such concept, or a server of glossary files (concepts are a store's)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Conflict": {"description": "The concept exists, or a form is another concept's", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Stale": {"description": "The concept changed since the revision in If-Match (the CLI's message)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NoRevision": {"description": "A change without If-Match", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "TooMany": {"description": "Over the rate limit (--rate); Retry-After says when to try again", "headers": {"Retry-After": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "securitySchemes": {
      "bearer": {"type": "http", "scheme": "bearer", "description": "A token of the server's tokens file (onym serve --new-token NAME --scope SCOPE)."}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
      "TermSet": {
        "type": "object", "required": ["preferred"],
        "properties": {
          "preferred": {"type": "string"}, "admitted": {"type": "array", "items": {"type": "string"}},
          "variants": {"type": "array", "items": {"type": "string"}}, "forbidden": {"type": "array", "items": {"type": "string"}},
          "allow": {"type": "array", "items": {"type": "string"}}, "note": {"type": ["string", "null"]}
        }
      },
      "Concept": {
        "type": "object", "required": ["id", "kind", "glossary", "revision", "updatedBy", "updatedAt", "terms"],
        "properties": {
          "id": {"type": "string"}, "kind": {"type": "string"}, "glossary": {"type": "string"}, "revision": {"type": "integer"},
          "updatedBy": {"type": "string"}, "updatedAt": {"type": "string"}, "note": {"type": "string"},
          "terms": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/TermSet"}}
        }
      },
      "ConceptPage": {
        "type": "object", "required": ["concepts", "next"],
        "properties": {"concepts": {"type": "array", "items": {"$ref": "#/components/schemas/Concept"}}, "next": {"type": ["string", "null"]}}
      },
      "NewConcept": {
        "type": "object", "required": ["id", "kind", "terms"],
        "properties": {
          "id": {"type": "string"}, "kind": {"type": "string", "enum": ["person", "place", "country", "organisation", "other"]},
          "note": {"type": ["string", "null"]}, "glossary": {"type": ["string", "null"]}, "message": {"type": ["string", "null"]},
          "terms": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/TermSet"}}
        }
      },
      "ConceptChange": {
        "type": "object", "required": ["lang"],
        "properties": {
          "lang": {"type": "string"}, "preferred": {"type": ["string", "null"]},
          "addAdmitted": {"type": ["array", "null"], "items": {"type": "string"}}, "removeAdmitted": {"type": ["array", "null"], "items": {"type": "string"}},
          "addVariant": {"type": ["array", "null"], "items": {"type": "string"}}, "removeVariant": {"type": ["array", "null"], "items": {"type": "string"}},
          "addForbidden": {"type": ["array", "null"], "items": {"type": "string"}}, "removeForbidden": {"type": ["array", "null"], "items": {"type": "string"}},
          "addAllow": {"type": ["array", "null"], "items": {"type": "string"}}, "removeAllow": {"type": ["array", "null"], "items": {"type": "string"}},
          "kind": {"type": ["string", "null"], "enum": ["person", "place", "country", "organisation", "other", null]},
          "note": {"type": ["string", "null"]}, "message": {"type": ["string", "null"]}
        }
      },
      "TMSearchResult": {
        "type": "object", "required": ["query", "matches"],
        "properties": {
          "query": {"type": "string"},
          "matches": {"type": "array", "items": {"type": "object", "required": ["id", "score", "source", "target", "sourceLanguage", "targetLanguage", "diff", "numbers", "meta"],
            "properties": {"id": {"type": "integer"}, "score": {"type": "integer"}, "source": {"type": "string"}, "target": {"type": "string"},
              "sourceLanguage": {"type": "string"}, "targetLanguage": {"type": "string"}, "diff": {"type": "array"}, "numbers": {"type": "array"}, "meta": {"type": "object"}}}}
        }
      },
      "CheckReport": {
        "type": "object", "required": ["files", "summary", "version"],
        "properties": {
          "files": {"type": "array", "items": {"type": "object", "required": ["path", "from", "to", "findings"],
            "properties": {"path": {"type": "string"}, "from": {"type": "string"}, "to": {"type": "string"},
              "findings": {"type": "array", "items": {"type": "object", "required": ["segment", "line", "kind", "severity", "message", "source", "target"],
                "properties": {"segment": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}, "found": {"type": "string"},
                  "suggestion": {"type": "string"}, "concept": {"type": "string"}, "kind": {"type": "string"},
                  "severity": {"type": "string", "enum": ["error", "warning", "info"]}, "message": {"type": "string"},
                  "source": {"type": "string"}, "target": {"type": "string"}}}}}}},
          "summary": {"type": "object"}, "version": {"type": "integer"}
        }
      },
      "Change": {
        "type": "object", "required": ["concept", "revision", "action", "author", "at"],
        "properties": {
          "concept": {"type": "string"}, "revision": {"type": "integer"}, "action": {"type": "string", "enum": ["added", "changed", "removed"]},
          "author": {"type": "string"}, "at": {"type": "string"}, "message": {"type": "string"},
          "old": {"type": "object"}, "new": {"type": "object"}
        }
      },
      "TextRequest": {
        "type": "object", "required": ["text"],
        "properties": {
          "text": {"type": "string"},
          "format": {"type": ["string", "null"], "enum": ["plain", "markdown", "html", null], "default": "plain"},
          "lang": {"type": ["string", "null"], "description": "The text's language, a BCP 47 tag (default: what the text says, else the server's); an unknown tag is 400."},
          "misspellings": {"type": ["boolean", "null"], "description": "With /v1/fix: fix near misses too."}
        }
      },
      "Terms": {
        "type": "object", "required": ["preferred", "admitted", "variants", "forbidden", "generated"],
        "properties": {
          "preferred": {"type": "string"}, "admitted": {"type": "array", "items": {"type": "string"}},
          "variants": {"type": "array", "items": {"type": "string"}}, "forbidden": {"type": "array", "items": {"type": "string"}},
          "generated": {"type": "array", "items": {"type": "string"}}, "note": {"type": "string"}
        }
      },
      "LookupResult": {
        "type": "object", "required": ["query", "matches"],
        "properties": {
          "query": {"type": "string"},
          "matches": {"type": "array", "items": {
            "type": "object", "required": ["concept", "kind", "how", "status", "lang", "matched", "score", "terms"],
            "properties": {
              "concept": {"type": "string"}, "kind": {"type": "string"}, "how": {"type": "string"}, "status": {"type": "string"},
              "lang": {"type": "string"}, "matched": {"type": "string"}, "score": {"type": "number"},
              "terms": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Terms"}}
            }
          }}
        }
      },
      "Finding": {
        "type": "object", "required": ["byteOffset", "column", "concept", "found", "kind", "length", "line", "message", "severity"],
        "properties": {
          "byteOffset": {"type": "integer"}, "column": {"type": "integer"}, "concept": {"type": "string"}, "found": {"type": "string"},
          "kind": {"type": "string", "enum": ["variant", "forbidden", "diacritics", "case", "misspelling", "confusable", "invisible", "typography", "first-mention"]},
          "length": {"type": "integer"}, "line": {"type": "integer"}, "message": {"type": "string"},
          "severity": {"type": "string", "enum": ["error", "warning", "info"]}, "suggestion": {"type": "string"}
        }
      },
      "LintReport": {
        "type": "object", "required": ["files", "summary", "version"],
        "properties": {
          "files": {"type": "array", "items": {
            "type": "object", "required": ["findings", "lang", "path"],
            "properties": {"findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}, "lang": {"type": "string"}, "path": {"type": "string"}}
          }},
          "summary": {
            "type": "object", "required": ["errors", "files", "findings", "info", "warnings"],
            "properties": {"errors": {"type": "integer"}, "files": {"type": "integer"}, "findings": {"type": "integer"}, "info": {"type": "integer"}, "warnings": {"type": "integer"}}
          },
          "version": {"type": "integer"}
        }
      },
      "FixResult": {
        "type": "object", "required": ["findings", "fixed", "lang", "text"],
        "properties": {
          "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
          "fixed": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
          "lang": {"type": "string"}, "text": {"type": "string"}
        }
      },
      "LanguageToolRequest": {
        "type": "object", "required": ["language"],
        "description": "LanguageTool's form: the text as 'text', or as 'data' (LanguageTool's annotated text, JSON: {\"annotation\": [{\"text\": …}, {\"markup\": …}]}); one of them is needed (400 without).",
        "properties": {
          "text": {"type": "string"}, "data": {"type": "string"}, "language": {"type": "string"},
          "enabledRules": {"type": "string"}, "disabledRules": {"type": "string"}, "disabledCategories": {"type": "string"},
          "enabledOnly": {"type": "string"}, "motherTongue": {"type": "string"}, "level": {"type": "string"}
        }
      },
      "LanguageToolLanguage": {
        "type": "object", "required": ["name", "code", "longCode"],
        "properties": {"name": {"type": "string"}, "code": {"type": "string"}, "longCode": {"type": "string"}}
      },
      "LanguageToolResult": {
        "type": "object", "required": ["software", "language", "matches"],
        "properties": {
          "software": {"type": "object", "required": ["name", "version", "apiVersion"],
            "properties": {"name": {"type": "string"}, "version": {"type": "string"}, "apiVersion": {"type": "integer"}}},
          "language": {"type": "object", "required": ["name", "code", "detectedLanguage"],
            "properties": {"name": {"type": "string"}, "code": {"type": "string"},
              "detectedLanguage": {"type": "object", "required": ["name", "code"], "properties": {"name": {"type": "string"}, "code": {"type": "string"}}}}},
          "matches": {"type": "array", "items": {
            "type": "object", "required": ["message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "rule"],
            "properties": {
              "message": {"type": "string"}, "shortMessage": {"type": "string"},
              "replacements": {"type": "array", "items": {"type": "object", "required": ["value"], "properties": {"value": {"type": "string"}}}},
              "offset": {"type": "integer", "minimum": 0}, "length": {"type": "integer", "minimum": 0},
              "context": {"type": "object", "required": ["text", "offset", "length"],
                "properties": {"text": {"type": "string"}, "offset": {"type": "integer"}, "length": {"type": "integer"}}},
              "sentence": {"type": "string"},
              "rule": {"type": "object", "required": ["id", "description", "issueType", "category"],
                "properties": {"id": {"type": "string"}, "description": {"type": "string"}, "issueType": {"type": "string"},
                  "category": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}}
            }
          }}
        }
      }
    }
  }
}

"""#
    }
}
