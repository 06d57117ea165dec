# browserai -- build, run and test.
#
#   make            build build/browserai
#   make run        install what is missing, build, start the server on 127.0.0.1:8080
#   make test       install what is missing, build, run every test (the
#                   end-to-end tests' quick tier)
#   make test-full  the same with the end-to-end tests' full tier: every phrasing
#   make SANITIZER=address test   the same under AddressSanitizer (or undefined)
#   make SANITIZER=thread BUILD=build/tsan   a ThreadSanitizer build (make test
#                   builds and runs one in build/tsan besides the normal build)

CC       ?= cc
SANITIZER ?=
CFLAGS   ?= -O2 -g
# libpq's headers (Debian: libpq-dev); pg_config may be missing before `make deps`.
PG_INCLUDE := $(shell pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)
# snprintf into fixed buffers truncates on purpose (log lines, errors), so
# -Wformat-truncation would only flag intended behaviour.
CFLAGS   += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter \
            -Wno-format-truncation \
            -Isrc -I$(PG_INCLUDE) -MMD -MP -pthread
LDLIBS   += -lmicrohttpd -ljansson -lsqlite3 -lpq -lcurl -lcrypto -lpthread
ifneq ($(SANITIZER),)
CFLAGS   += -fsanitize=$(SANITIZER) -fno-omit-frame-pointer
LDFLAGS  += -fsanitize=$(SANITIZER)
endif

BUILD    := build
SRCS     := $(shell find src -name '*.c' | sort)
ASMS     := $(shell find src -name '*.S' | sort)
OBJS     := $(SRCS:%.c=$(BUILD)/%.o) $(ASMS:%.S=$(BUILD)/%.o)
LIBOBJS  := $(filter-out $(BUILD)/src/main.o,$(OBJS))
TESTSRCS := $(wildcard tests/unit/test_*.c)
TESTBINS := $(TESTSRCS:tests/unit/%.c=$(BUILD)/tests/%)
# The ThreadSanitizer build that make test runs too (tests/run.sh tsan).
TSANBINS := build/tsan/browserai $(TESTSRCS:tests/unit/%.c=build/tsan/tests/%)

ADDR     ?= 127.0.0.1:8080

# libFuzzer targets for the parsers of untrusted input (tests/fuzz/): the same
# sources built by clang with the fuzzer, ASan and UBSan.
FUZZCC    ?= clang
FUZZFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
FUZZSRCS  := $(wildcard tests/fuzz/fuzz_*.c)
FUZZBINS  := $(FUZZSRCS:tests/fuzz/%.c=$(BUILD)/fuzz/%)
FUZZOBJS  := $(LIBOBJS:$(BUILD)/%=$(BUILD)/fuzz-obj/%)

.PHONY: all deps run test test-full unit e2e fuzz clean format
all: $(BUILD)/browserai

$(BUILD)/browserai: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# Embeds files such as the contract (see src/api/openapi_blob.S).
$(BUILD)/%.o: %.S docs/api/openapi.yaml
	@mkdir -p $(dir $@)
	$(CC) -c -o $@ $<

# The dashboard's files, embedded by src/api/web_blob.S.
$(BUILD)/src/api/web_blob.o $(BUILD)/fuzz-obj/src/api/web_blob.o: $(wildcard web/*)

# The in-page agent is the files of src/browser/agent/ in name order, one
# script (one function scope); agent_blob.S embeds it, minified: it goes over
# the DevTools pipe into every page a task reads, and its comments and
# spaces were half of its bytes (bench/RESULTS.md: a one-click task took 8%
# less CPU and 50 ms less). build/agent.src.js is the readable whole.
AGENT_JS := $(sort $(wildcard src/browser/agent/*.js))
ESBUILD  := tools/node_modules/.bin/esbuild
# The Makefile too: a change to how the agent is made remakes it.
$(BUILD)/agent.js: $(AGENT_JS) Makefile
	@mkdir -p $(dir $@)
	@dups=$$(grep -ho '^  \(function\|const\|let\|class\) [A-Za-z0-9_$$]*' $(AGENT_JS) | \
	  sed 's/^  [a-z]* //' | sort | uniq -d); [ -z "$$dups" ] || \
	  { echo "src/browser/agent: declared twice in its one scope:" $$dups; exit 1; }
	cat $(AGENT_JS) > $(BUILD)/agent.src.js
	@[ -x $(ESBUILD) ] || { echo "the agent is minified by esbuild (tools/): run make deps"; exit 1; }
	$(ESBUILD) --minify --log-level=warning --outfile=$@.tmp $(BUILD)/agent.src.js
	@# esbuild leaves regular expressions' non-ASCII characters as they are;
	@# one makes the whole script a two-byte string on its way into the page,
	@# which took a third longer (64 against 44 ms a world, bench/RESULTS.md).
	perl -CSD -pe 's/([^\x00-\x7f])/join "", map { sprintf "\\u%04x", $$_ } unpack "n*", Encode::encode("UTF-16BE", $$1)/ge' -MEncode $@.tmp > $@
	@rm -f $@.tmp

$(BUILD)/src/browser/agent_blob.o: src/browser/agent_blob.S $(BUILD)/agent.js
	@mkdir -p $(dir $@)
	$(CC) -c -DAGENT_JS='"$(BUILD)/agent.js"' -o $@ $<

$(BUILD)/fuzz-obj/src/browser/agent_blob.o: src/browser/agent_blob.S $(BUILD)/agent.js
	@mkdir -p $(dir $@)
	$(FUZZCC) -c -DAGENT_JS='"$(BUILD)/agent.js"' -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS) -lcmocka

$(BUILD)/fuzz-obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZCC) $(filter-out -fsanitize=% -Wno-format-truncation,$(CFLAGS)) $(FUZZFLAGS) -c -o $@ $<

$(BUILD)/fuzz-obj/%.o: %.S docs/api/openapi.yaml
	@mkdir -p $(dir $@)
	$(FUZZCC) -c -o $@ $<

$(BUILD)/fuzz/%: tests/fuzz/%.c $(FUZZOBJS)
	@mkdir -p $(dir $@)
	$(FUZZCC) $(filter-out -fsanitize=% -Wno-format-truncation,$(CFLAGS)) -fsanitize=fuzzer,address,undefined \
	    -o $@ $< $(FUZZOBJS) $(LDLIBS)

# Installs missing Debian and npm packages; a no-op when all are present.
deps:
	@scripts/install-deps.sh

run: deps
	@$(MAKE) --no-print-directory all
	BROWSERAI_ADDR=$${BROWSERAI_ADDR:-$(ADDR)} BROWSERAI_DATA_DIR=$${BROWSERAI_DATA_DIR:-./data} \
	    ./$(BUILD)/browserai serve

test: deps
	@$(MAKE) --no-print-directory -j$$(nproc) all $(TESTBINS) $(FUZZBINS)
	@$(MAKE) --no-print-directory -j$$(nproc) BUILD=build/tsan SANITIZER=thread $(TSANBINS)
	@tests/run.sh

# make test with the end-to-end tests' full tier: every phrasing of each
# behaviour (tests/e2e/lib/harness.mjs), for changes to the planner or agent.
test-full:
	@E2E_TIER=full $(MAKE) --no-print-directory test

unit: all $(TESTBINS)
	@tests/run.sh unit

e2e: all
	@tests/run.sh e2e

fuzz: $(FUZZBINS)
	@tests/run.sh fuzz

# The house layout (.clang-format); make test checks it (tests/run.sh format).
format:
	clang-format -i $(SRCS) $(shell find src -name '*.h') $(TESTSRCS) $(FUZZSRCS)

clean:
	rm -rf $(BUILD)

# Keep the fuzz objects between runs (make would delete them as intermediate).
.SECONDARY:

-include $(OBJS:.o=.d)
