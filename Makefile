# PartnerMap: two commands do all the set-up on a fresh Debian machine.
#   make demo      builds partnermap and makes the HTML report of a shipped example (installs Graphviz if missing)
#   make test      runs the whole test suite, then installs into a scratch folder and runs the
#                  installed binary with the build folder out of reach (what CI runs)
#   make install   installs partnermap, its shell completions and man page under PREFIX (/usr/local)

SWIFT ?= swift
EXAMPLE ?= Graphs/montreal-inclusif.yaml
OUT ?= out
PREFIX ?= /usr/local
DESTDIR ?=
# The Swift runtime and Foundation are linked into the binary; only Graphviz and the C
# libraries come from the system.
RELEASE = -c release --static-swift-stdlib
BIN = $$($(SWIFT) build $(RELEASE) --show-bin-path)/partnermap
MANDATE ?= $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-12-01)

.PHONY: demo test deps test-deps build install uninstall check-install clean bench fuzz format lint docs

# Graphviz's C library and headers, and zlib's (workbooks are ZIP files); installed with apt when
# pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libgvc zlib 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
		echo "Installing Graphviz and zlib (libgraphviz-dev, graphviz, zlib1g-dev)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libgraphviz-dev graphviz zlib1g-dev pkg-config >/dev/null; \
	fi

# Headless Chromium and its driver, which the report tests and the workspace's browser test use;
# xmllint, which checks every GraphML export against GraphML's schema; pyxform, which converts the
# survey form; Selenium, which drives the browser; schemathesis, which fuzzes the workspace's API.
test-deps: deps
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! command -v xmllint >/dev/null 2>&1; then \
		echo "Installing Chromium, its driver and xmllint for the report, workspace and export tests..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver libxml2-utils >/dev/null; \
	fi
	@python3 -c "import selenium, schemathesis, pandas" 2>/dev/null || python3 -m pip install --quiet selenium schemathesis pandas
	@# pyxform (PyPI) converts the survey form the way KoboToolbox and ODK do; its test is skipped without it.
	@python3 -c "import pyxform" 2>/dev/null || python3 -m pip install --quiet pyxform 2>/dev/null \
		|| echo "pyxform could not be installed: the survey form's conversion test will be skipped."

build: deps
	$(SWIFT) build $(RELEASE) --product partnermap

demo: build
	@mkdir -p $(OUT)
	$(BIN) validate Graphs/*.yaml Graphs/london-middlesex-lip
	$(BIN) report $(EXAMPLE) -o $(OUT)/report.html
	$(BIN) report $(EXAMPLE) --lang fr -o $(OUT)/rapport.html
	$(BIN) render $(EXAMPLE) -o $(OUT)/partnerships.svg
	$(BIN) summary $(EXAMPLE) | tee $(OUT)/summary.txt
	@echo "Written: $(OUT)/report.html (English), $(OUT)/rapport.html (French), $(OUT)/partnerships.svg, $(OUT)/summary.txt"

# swift-format (part of the Swift toolchain) with the settings in .swift-format.
FORMATTED = Sources Tests Examples/LibraryUsage Fuzz/Sources Package.swift Fuzz/Package.swift

format:
	$(SWIFT) format --in-place --recursive --parallel $(FORMATTED)

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Tests/Browser/workspace_test.py $$($(SWIFT) build --show-bin-path)/partnermap
	python3 Tests/Peers/funding_pandas_test.py $$($(SWIFT) build --show-bin-path)/partnermap
	bash script/fuzz-api.sh $$($(SWIFT) build --show-bin-path)/partnermap
	$(MAKE) --no-print-directory check-install
	$(MAKE) --no-print-directory docs

# The library's DocC documentation (catalogue and public API), failing on any DocC warning.
docs:
	SWIFT=$(SWIFT) bash script/build-docs.sh

install: build
	$(SWIFT) build --product generate-manual
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 -s $(BIN) $(DESTDIR)$(PREFIX)/bin/partnermap
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/partnermap
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_partnermap
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/partnermap.fish
	@man=$$(mktemp -d) && $$($(SWIFT) build --show-bin-path)/generate-manual $(BIN) --date $(MANDATE) --output-directory $$man \
		&& sed '/^$$/d' $$man/partnermap.1 > $(DESTDIR)$(PREFIX)/share/man/man1/partnermap.1 && rm -rf $$man
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/partnermap, its man page and bash, zsh and fish completions."

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/partnermap $(DESTDIR)$(PREFIX)/share/man/man1/partnermap.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/partnermap $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_partnermap \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/partnermap.fish

# Installs into a scratch folder and runs the installed binary with this repository out of reach.
check-install:
	bash script/check-install.sh

clean:
	rm -rf .build $(OUT)

# libFuzzer harnesses for every reader (Fuzz/), SECONDS each (default 60); see README "Reliability".
SECONDS ?= 60
fuzz: deps
	SECONDS_PER_HARNESS=$(SECONDS) HARNESS="$(HARNESS)" bash script/fuzz.sh

# Benchmarks against networkx, igraph and rustworkx (installs them with pip); see Benchmarks/README.md.
bench: deps
	python3 -m pip install -q -r Benchmarks/requirements.txt
	python3 Benchmarks/run.py
