"""An S3 bucket as the blob store (CPE_RUNS_BLOB_STORE=s3://bucket/prefix), through
boto3: any S3-compatible service (CPE_RUNS_S3_ENDPOINT_URL for one that is not AWS),
credentials and region from the standard AWS variables and files.

A blob is written as a multipart upload of PART_BYTES parts (S3's parts are 5 MiB at
least), so memory stays at one part per file being uploaded; a blob smaller than a
part is one PUT. Nothing is visible under the key before the upload completes, and
an aborted one leaves nothing. Downloads are presigned GET URLs that name the
file's type and disposition, so browsers fetch certificates from the bucket itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from functools import partial
from typing import Any
from urllib.parse import urlparse

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from .blobs import BlobMissing, BlobStore, BlobWriter, read_through

PART_BYTES = 8 * 1024 * 1024
DOWNLOAD_URL_SECONDS = 300


class S3Store(BlobStore):
    def __init__(self, url: str, *, endpoint_url: str | None = None) -> None:
        parsed = urlparse(url)
        if not parsed.netloc:
            raise ValueError(f"an S3 store needs a bucket: s3://bucket/prefix, got {url!r}")
        self.bucket = parsed.netloc
        self.prefix = parsed.path.strip("/")
        self.url = f"s3://{self.bucket}" + (f"/{self.prefix}" if self.prefix else "")
        self._client = boto3.session.Session().client(
            "s3",
            endpoint_url=endpoint_url,
            config=Config(signature_version="s3v4", retries={"mode": "standard"}),
        )

    def object_key(self, key: str) -> str:
        if not key or "/" in key:
            raise ValueError(f"not a blob key: {key!r}")
        return f"{self.prefix}/{key}" if self.prefix else key

    async def _call(self, method: str, **kwargs: Any) -> Any:
        return await asyncio.to_thread(partial(getattr(self._client, method), **kwargs))

    def writer(self, key: str) -> BlobWriter:
        return _S3Writer(self, self.object_key(key))

    async def chunks(self, key: str) -> AsyncIterator[bytes]:
        try:
            answer = await self._call("get_object", Bucket=self.bucket, Key=self.object_key(key))
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404"):
                raise BlobMissing(f"no blob {key} in {self.url}") from None
            raise
        async for data in read_through(answer["Body"]):
            yield data

    async def delete(self, key: str) -> None:
        await self._call("delete_object", Bucket=self.bucket, Key=self.object_key(key))

    async def exists(self, key: str) -> bool:
        try:
            await self._call("head_object", Bucket=self.bucket, Key=self.object_key(key))
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404", "NotFound"):
                return False
            raise
        return True

    async def list_keys(self) -> AsyncIterator[str]:
        start = f"{self.prefix}/" if self.prefix else ""
        token: dict[str, str] = {}
        while True:
            page = await self._call("list_objects_v2", Bucket=self.bucket, Prefix=start, **token)
            for item in page.get("Contents", []):
                name = item["Key"][len(start) :]
                if "/" not in name:
                    yield name
            if not page.get("IsTruncated"):
                return
            token = {"ContinuationToken": page["NextContinuationToken"]}

    async def download_url(self, key: str, content_type: str, disposition: str) -> str:
        params = {
            "Bucket": self.bucket,
            "Key": self.object_key(key),
            "ResponseContentType": content_type,
            "ResponseContentDisposition": disposition,
        }
        return await asyncio.to_thread(
            self._client.generate_presigned_url,
            "get_object",
            Params=params,
            ExpiresIn=DOWNLOAD_URL_SECONDS,
        )

    async def sweep_abandoned(self, older_than_seconds: float) -> int:
        """Abort the multipart uploads of this prefix started longer ago than that (a
        bucket lifecycle rule does the same without us)."""
        cutoff = time.time() - older_than_seconds
        start = f"{self.prefix}/" if self.prefix else ""
        aborted = 0
        page = await self._call("list_multipart_uploads", Bucket=self.bucket, Prefix=start)
        for upload in page.get("Uploads", []):
            if upload["Initiated"].timestamp() < cutoff:
                await self._call(
                    "abort_multipart_upload",
                    Bucket=self.bucket,
                    Key=upload["Key"],
                    UploadId=upload["UploadId"],
                )
                aborted += 1
        return aborted

    async def close(self) -> None:
        await asyncio.to_thread(self._client.close)


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class _S3Writer(BlobWriter):
    def __init__(self, store: S3Store, object_key: str) -> None:
        self._store, self._key = store, object_key
        self._buffer = bytearray()
        self._upload_id: str | None = None
        self._parts: list[dict[str, Any]] = []

    async def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) >= PART_BYTES:
            await self._send_part(bytes(self._buffer[:PART_BYTES]))
            del self._buffer[:PART_BYTES]

    async def _send_part(self, data: bytes) -> None:
        store = self._store
        if self._upload_id is None:
            started = await store._call(
                "create_multipart_upload", Bucket=store.bucket, Key=self._key
            )
            self._upload_id = started["UploadId"]
        number = len(self._parts) + 1
        answer = await store._call(
            "upload_part",
            Bucket=store.bucket,
            Key=self._key,
            UploadId=self._upload_id,
            PartNumber=number,
            Body=data,
        )
        self._parts.append({"PartNumber": number, "ETag": answer["ETag"]})

    async def close(self) -> None:
        store = self._store
        if self._upload_id is None:
            await store._call(
                "put_object", Bucket=store.bucket, Key=self._key, Body=bytes(self._buffer)
            )
        else:
            if self._buffer:
                await self._send_part(bytes(self._buffer))
            await store._call(
                "complete_multipart_upload",
                Bucket=store.bucket,
                Key=self._key,
                UploadId=self._upload_id,
                MultipartUpload={"Parts": self._parts},
            )
        self._buffer.clear()

    async def abort(self) -> None:
        self._buffer.clear()
        if self._upload_id is not None:
            store = self._store
            await store._call(
                "abort_multipart_upload",
                Bucket=store.bucket,
                Key=self._key,
                UploadId=self._upload_id,
            )
            self._upload_id = None
