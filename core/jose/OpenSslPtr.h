#pragma once

// RAII owners for OpenSSL objects. Private to core/jose's .cpp files: public
// headers of the library never include OpenSSL.

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <string>

namespace claimsmith::jose::ossl {

template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const noexcept { Free(p); }
};

template <typename T, void (*Free)(T*)>
using Ptr = std::unique_ptr<T, Deleter<T, Free>>;

using PkeyPtr = Ptr<EVP_PKEY, EVP_PKEY_free>;
using PkeyCtxPtr = Ptr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdCtxPtr = Ptr<EVP_MD_CTX, EVP_MD_CTX_free>;
using MacPtr = Ptr<EVP_MAC, EVP_MAC_free>;
using MacCtxPtr = Ptr<EVP_MAC_CTX, EVP_MAC_CTX_free>;
using BnPtr = Ptr<BIGNUM, BN_free>;
using BioPtr = Ptr<BIO, BIO_free_all>;
using ParamBldPtr = Ptr<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using ParamPtr = Ptr<OSSL_PARAM, OSSL_PARAM_free>;
using DecoderCtxPtr = Ptr<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>;
using EncoderCtxPtr = Ptr<OSSL_ENCODER_CTX, OSSL_ENCODER_CTX_free>;

// BN_clear_free for private exponents and scalars.
using SecretBnPtr = Ptr<BIGNUM, BN_clear_free>;

// The first error on OpenSSL's queue as text (and clears the queue), for
// messages that explain a failure; empty when the queue is empty.
std::string lastError();

} // namespace claimsmith::jose::ossl
