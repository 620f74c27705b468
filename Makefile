# PartnerMap: two commands do all the set-up on a fresh Debian machine.
#   make demo   builds partnermap and makes the HTML report of a shipped example (installs Graphviz if missing)
#   make test   runs the whole test suite (what CI runs)

SWIFT ?= swift
EXAMPLE ?= Graphs/montreal-inclusif.yaml
OUT ?= out

.PHONY: demo test deps test-deps build clean bench

# Graphviz's C library and headers; installed with apt when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
		echo "Installing Graphviz (libgraphviz-dev, graphviz)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libgraphviz-dev graphviz pkg-config >/dev/null; \
	fi

# Headless Chromium, which the report tests open the HTML report in.
test-deps: deps
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing Chromium for the report tests..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release --product partnermap

demo: build
	@mkdir -p $(OUT)
	$$($(SWIFT) build -c release --show-bin-path)/partnermap validate Graphs/*.yaml Graphs/london-middlesex-lip
	$$($(SWIFT) build -c release --show-bin-path)/partnermap report $(EXAMPLE) -o $(OUT)/report.html
	$$($(SWIFT) build -c release --show-bin-path)/partnermap report $(EXAMPLE) --lang fr -o $(OUT)/rapport.html
	$$($(SWIFT) build -c release --show-bin-path)/partnermap render $(EXAMPLE) -o $(OUT)/partnerships.svg
	$$($(SWIFT) build -c release --show-bin-path)/partnermap summary $(EXAMPLE) | tee $(OUT)/summary.txt
	@echo "Written: $(OUT)/report.html (English), $(OUT)/rapport.html (French), $(OUT)/partnerships.svg, $(OUT)/summary.txt"

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build $(OUT)

# Benchmarks against networkx, igraph and rustworkx (installs them with pip); see Benchmarks/README.md.
bench: deps
	python3 -m pip install -q -r Benchmarks/requirements.txt
	python3 Benchmarks/run.py
